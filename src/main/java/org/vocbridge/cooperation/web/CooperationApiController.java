package org.vocbridge.cooperation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.DocumentSummary;
import org.vocbridge.cooperation.DocumentVisibility;
import org.vocbridge.cooperation.OutputSummary;
import org.vocbridge.cooperation.ReportSummary;
import org.vocbridge.cooperation.domain.AgreementDocuments;
import org.vocbridge.cooperation.domain.AgreementDraft;
import org.vocbridge.cooperation.domain.AgreementExport;
import org.vocbridge.cooperation.domain.AgreementFilter;
import org.vocbridge.cooperation.domain.AgreementOutputs;
import org.vocbridge.cooperation.domain.AgreementQueries;
import org.vocbridge.cooperation.domain.Agreements;
import org.vocbridge.cooperation.domain.AllianceNumbers;
import org.vocbridge.cooperation.domain.OutputDraft;
import org.vocbridge.cooperation.domain.ProgressReports;
import org.vocbridge.cooperation.domain.ReportDraft;
import org.vocbridge.cooperation.domain.Transition;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.web.Downloads;

/** Agreements, their documents, reports and outputs, and alliances in numbers, as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cooperation", description = "Agreements, joint programmes, documents, progress reports and outputs")
@RequiredArgsConstructor
class CooperationApiController {

    private final AgreementQueries agreements;
    private final Agreements lifecycle;
    private final AgreementDocuments documents;
    private final ProgressReports reports;
    private final AgreementOutputs outputs;
    private final AgreementExport export;
    private final AllianceNumbers numbers;

    @GetMapping("/agreements")
    @Operation(
            summary = "List agreements",
            description = "The agreements the caller may see: signed and later ones for everyone, drafts for the "
                    + "parties' editors and the alliance secretariat. Filter by alliance, organization, status, "
                    + "type, country (any party's country), field and occupation (codes at any level); paged.")
    ResultPage<AgreementSummary> list(
            @ParameterObject AgreementFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            CurrentUser user) {
        return agreements.list(filter, page, size, user);
    }

    @GetMapping("/agreements/export")
    @Operation(
            summary = "Export agreements as CSV or XLSX",
            description = "The agreements the list would show with the same filters, as CSV or XLSX "
                    + "(format=csv|xlsx), one row per agreement with its parties and their countries. Cells "
                    + "that a spreadsheet would run as formulas are written as text.")
    void exportAgreements(
            @RequestParam(defaultValue = "csv") String format,
            @ParameterObject AgreementFilter filter,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Spreadsheet.Format chosen = Spreadsheet.Format.ofFileName("x." + format);
        Downloads.attachment(response, chosen.mediaType, "agreements." + chosen.extension);
        export.export(filter, user, chosen, response.getOutputStream());
    }

    @GetMapping("/agreements/overdue")
    @Operation(
            summary = "Agreements with overdue reports",
            description = "Agreements whose progress report of a past year is missing, among those the caller "
                    + "answers for as a party's editor or the alliance secretariat. Empty for anonymous "
                    + "callers.")
    List<AgreementSummary> overdue(CurrentUser user) {
        return agreements.overdue(user);
    }

    @GetMapping("/agreements/{id}")
    @Operation(
            summary = "One agreement",
            description = "An agreement with its parties, terms, status history and alliance. Drafts are found only "
                    + "by the parties' editors and the alliance secretariat (404 for others).")
    AgreementSummary get(@PathVariable long id, CurrentUser user) {
        return agreements.get(id, user);
    }

    @PostMapping("/agreements")
    @Operation(
            summary = "Record an agreement",
            description = "Record a draft agreement between two or more organizations; the caller edits one of the "
                    + "parties. Naming an alliance proposes the agreement to it: a party must be a member now, "
                    + "and it counts for the alliance once the secretariat accepts it. Bad fields give 400 with "
                    + "a problem per field.")
    ResponseEntity<AgreementSummary> create(@RequestBody AgreementDraft draft, CurrentUser user) {
        AgreementSummary created = lifecycle.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id()))
                .body(created);
    }

    @PutMapping("/agreements/{id}")
    @Operation(
            summary = "Change an agreement's terms",
            description = "Change the terms of an agreement a party's editor answers for. Send the version read: a "
                    + "stale version gets 409 and changes nothing.")
    AgreementSummary update(@PathVariable long id, @RequestBody AgreementDraft draft, CurrentUser user) {
        return lifecycle.update(user, id, draft);
    }

    @PostMapping("/agreements/{id}/transitions")
    @Operation(
            summary = "Move an agreement to its next status",
            description = "draft → negotiating → signed → active → completed, or terminated. Signing needs the date "
                    + "and the signatories, activation a start date, termination a reason. A move the lifecycle "
                    + "does not allow gets 409.")
    AgreementSummary transition(@PathVariable long id, @RequestBody Transition move, CurrentUser user) {
        return lifecycle.transition(user, id, move);
    }

    /** The alliance secretariat's decision on an agreement proposed to count for the alliance. */
    record AllianceDecision(boolean accept) {}

    @PostMapping("/agreements/{id}/alliance-decision")
    @Operation(
            summary = "Accept or decline an agreement for an alliance",
            description = "A party's editor who names an alliance only proposes the agreement: it counts in the "
                    + "alliance's numbers once the alliance's secretariat (or a platform admin) accepts it "
                    + "here. 400 when nothing is proposed, 403 for anyone else.")
    AgreementSummary decideAlliance(@PathVariable long id, @RequestBody AllianceDecision body, CurrentUser user) {
        return lifecycle.decideAlliance(user, id, body.accept());
    }

    @GetMapping("/agreements/{id}/documents")
    @Operation(
            summary = "An agreement's documents",
            description = "The documents attached to an agreement the caller may see, each with its versions' sizes "
                    + "and SHA-256.")
    List<DocumentSummary> documents(@PathVariable long id, CurrentUser user) {
        return documents.list(user, id);
    }

    @PostMapping(path = "/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a document",
            description = "Attach a PDF, PNG or JPEG of at most 20 MB (a party's editor); title is in the language "
                    + "lang. A file that is not what its type says is refused with 400 and nothing is stored.")
    ResponseEntity<DocumentSummary> addDocument(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam DocumentVisibility visibility,
            @RequestParam(required = false) String note,
            @RequestPart("file") MultipartFile file,
            CurrentUser user)
            throws IOException {
        DocumentSummary added = documents.add(
                user,
                id,
                new AgreementDocuments.Upload(
                        Map.of(lang, title),
                        visibility,
                        file.getOriginalFilename(),
                        file.getContentType(),
                        file.getBytes(),
                        note));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/documents/" + added.id()))
                .body(added);
    }

    @PostMapping(
            path = "/agreements/{id}/documents/{document}/versions",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a new version of a document",
            description = "Upload the next version of an attached document (a party's editor); earlier versions "
                    + "stay downloadable.")
    DocumentSummary addVersion(
            @PathVariable long id,
            @PathVariable long document,
            @RequestParam(required = false) DocumentVisibility visibility,
            @RequestParam(required = false) String note,
            @RequestPart("file") MultipartFile file,
            CurrentUser user)
            throws IOException {
        return documents.addVersion(
                user,
                id,
                document,
                new AgreementDocuments.Upload(
                        null, visibility, file.getOriginalFilename(), file.getContentType(), file.getBytes(), note));
    }

    @GetMapping("/agreements/{id}/documents/{document}/versions/{number}")
    @Operation(
            summary = "Download a document version",
            description = "The file of one version of a document, if the caller may read the agreement; its SHA-256 "
                    + "is in the Digest header. Served as an attachment.")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long document, @PathVariable int number, CurrentUser user) {
        return AgreementActions.file(documents.download(user, id, document, number));
    }

    @GetMapping("/agreements/{id}/reports")
    @Operation(
            summary = "An agreement's progress reports",
            description = "The yearly progress reports of an agreement the caller may see, newest year first.")
    List<ReportSummary> reports(@PathVariable long id, CurrentUser user) {
        return reports.of(user, id);
    }

    @PostMapping("/agreements/{id}/reports")
    @Operation(
            summary = "Submit or correct a year's progress report",
            description = "Submit the progress report of a year (a party's editor); to correct it, send the version "
                    + "read (a stale one gets 409).")
    ReportSummary report(@PathVariable long id, @RequestBody ReportDraft draft, CurrentUser user) {
        return reports.submit(user, id, draft);
    }

    @GetMapping("/agreements/{id}/outputs")
    @Operation(
            summary = "An agreement's outputs",
            description = "What an agreement produced: trained people, programmes, resources and events, with links "
                    + "to records of other modules.")
    List<OutputSummary> outputs(@PathVariable long id, CurrentUser user) {
        return outputs.of(user, id);
    }

    @PostMapping("/agreements/{id}/outputs")
    @Operation(
            summary = "Record an output",
            description = "Record an output of an agreement (a party's editor); link a record of another module by "
                    + "recordType and recordId.")
    ResponseEntity<OutputSummary> addOutput(@PathVariable long id, @RequestBody OutputDraft draft, CurrentUser user) {
        OutputSummary added = outputs.add(user, id, draft);
        return ResponseEntity.status(201).body(added);
    }

    @GetMapping("/alliances/{id}/numbers")
    @Operation(
            summary = "An alliance in numbers",
            description = "Counts computed from the alliance's records: its members, and its signed agreements "
                    + "(those accepted for the alliance) by status, type and year.")
    AllianceNumbers.Dashboard numbers(@PathVariable long id) {
        return numbers.dashboard(id);
    }

    @GetMapping("/alliances/{id}/annual-reports/{year}")
    @Operation(
            summary = "An alliance's annual report",
            description = "The annual report of an alliance for a year, assembled from its records.")
    AllianceNumbers.AnnualReport annualReport(@PathVariable long id, @PathVariable int year, Locale locale) {
        return numbers.annualReport(id, year);
    }
}
