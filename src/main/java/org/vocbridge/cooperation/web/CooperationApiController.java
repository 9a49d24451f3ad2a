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
            summary = "List agreements the caller may see (signed and later for everyone; drafts for the"
                    + " parties' editors and the alliance secretariat); country is any party's country")
    ResultPage<AgreementSummary> list(
            @ParameterObject AgreementFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            CurrentUser user) {
        return agreements.list(filter, page, size, user);
    }

    @GetMapping("/agreements/export")
    @Operation(summary = "Export the filtered agreements as CSV or XLSX (format=csv|xlsx)")
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
    @Operation(summary = "Agreements with overdue progress reports that the caller answers for")
    List<AgreementSummary> overdue(CurrentUser user) {
        return agreements.overdue(user);
    }

    @GetMapping("/agreements/{id}")
    AgreementSummary get(@PathVariable long id, CurrentUser user) {
        return agreements.get(id, user);
    }

    @PostMapping("/agreements")
    @Operation(summary = "Record an agreement (as a draft) between two or more organizations")
    ResponseEntity<AgreementSummary> create(@RequestBody AgreementDraft draft, CurrentUser user) {
        AgreementSummary created = lifecycle.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id()))
                .body(created);
    }

    @PutMapping("/agreements/{id}")
    @Operation(summary = "Change an agreement's terms; send the version you read, a stale version gets 409")
    AgreementSummary update(@PathVariable long id, @RequestBody AgreementDraft draft, CurrentUser user) {
        return lifecycle.update(user, id, draft);
    }

    @PostMapping("/agreements/{id}/transitions")
    @Operation(
            summary = "Move an agreement: draft → negotiating → signed → active → completed, or terminated;"
                    + " signing needs the date and signatories, activation a start date, termination a reason")
    AgreementSummary transition(@PathVariable long id, @RequestBody Transition move, CurrentUser user) {
        return lifecycle.transition(user, id, move);
    }

    /** The alliance secretariat's decision on an agreement proposed to count for the alliance. */
    record AllianceDecision(boolean accept) {}

    @PostMapping("/agreements/{id}/alliance-decision")
    @Operation(
            summary = "Accept or decline an agreement proposed to count for an alliance (its secretariat)",
            description = "A party's editor who names an alliance in an agreement only proposes it: the agreement"
                    + " counts in the alliance's numbers once the alliance's secretariat accepts it.")
    AgreementSummary decideAlliance(@PathVariable long id, @RequestBody AllianceDecision body, CurrentUser user) {
        return lifecycle.decideAlliance(user, id, body.accept());
    }

    @GetMapping("/agreements/{id}/documents")
    List<DocumentSummary> documents(@PathVariable long id, CurrentUser user) {
        return documents.list(user, id);
    }

    @PostMapping(path = "/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (PDF, PNG or JPEG, at most 20 MB); title is in the language lang")
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
    @Operation(summary = "Upload a new version of a document; earlier versions stay downloadable")
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
    @Operation(summary = "Download a version of a document, if the caller may read it (its SHA-256 in Digest)")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long document, @PathVariable int number, CurrentUser user) {
        return AgreementActions.file(documents.download(user, id, document, number));
    }

    @GetMapping("/agreements/{id}/reports")
    List<ReportSummary> reports(@PathVariable long id, CurrentUser user) {
        return reports.of(user, id);
    }

    @PostMapping("/agreements/{id}/reports")
    @Operation(summary = "Submit (or, with the version read, correct) the progress report of a year")
    ReportSummary report(@PathVariable long id, @RequestBody ReportDraft draft, CurrentUser user) {
        return reports.submit(user, id, draft);
    }

    @GetMapping("/agreements/{id}/outputs")
    List<OutputSummary> outputs(@PathVariable long id, CurrentUser user) {
        return outputs.of(user, id);
    }

    @PostMapping("/agreements/{id}/outputs")
    @Operation(summary = "Record an output; link a record of another module by recordType and recordId")
    ResponseEntity<OutputSummary> addOutput(@PathVariable long id, @RequestBody OutputDraft draft, CurrentUser user) {
        OutputSummary added = outputs.add(user, id, draft);
        return ResponseEntity.status(201).body(added);
    }

    @GetMapping("/alliances/{id}/numbers")
    @Operation(summary = "An alliance in numbers, computed from its records (signed agreements only)")
    AllianceNumbers.Dashboard numbers(@PathVariable long id) {
        return numbers.dashboard(id);
    }

    @GetMapping("/alliances/{id}/annual-reports/{year}")
    AllianceNumbers.AnnualReport annualReport(@PathVariable long id, @PathVariable int year, Locale locale) {
        return numbers.annualReport(id, year);
    }
}
