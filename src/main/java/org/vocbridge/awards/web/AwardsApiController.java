package org.vocbridge.awards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.awards.domain.AwardCalls;
import org.vocbridge.awards.domain.AwardEntries;
import org.vocbridge.awards.domain.CallDraft;
import org.vocbridge.awards.domain.CallSummary;
import org.vocbridge.awards.domain.EntryDraft;
import org.vocbridge.awards.domain.EntryFileSummary;
import org.vocbridge.awards.domain.EntryFiles;
import org.vocbridge.awards.domain.EntrySummary;
import org.vocbridge.awards.domain.Results;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;

/** Award calls, entries and results. */
@RestController
@RequestMapping("/api/v1/awards")
@Tag(
        name = "Awards",
        description =
                "Award calls of an alliance with multilingual rules, categories, eligibility, deadlines and a weighted "
                        + "rubric; entries submitted or nominated, screened for eligibility; winners with citations and "
                        + "certificates, public once the results are published.")
@RequiredArgsConstructor
class AwardsApiController {

    private final AwardCalls calls;
    private final AwardEntries entries;
    private final Results results;
    private final EntryFiles files;

    /** The phase to move a call to. */
    record PhaseChange(AwardPhase phase) {}

    /** A screening decision: ELIGIBLE, or INELIGIBLE with the reason. */
    record Screening(EntryStatus status, String note) {}

    @GetMapping("/calls")
    @Operation(summary = "Award calls", description = "Every call, open and past, the latest deadline first.")
    List<CallSummary> list(CurrentUser user) {
        return calls.all(user);
    }

    @PostMapping("/calls")
    @Operation(
            summary = "Open an award call",
            description =
                    "For the alliance's secretariat (or an admin for a call of the platform): title and rules in any "
                            + "languages, categories, eligibility, dates, the ceremony session, the jury's constraints and the "
                            + "rubric (weights adding up to 100; judgement criteria with four level descriptors).")
    ResponseEntity<CallSummary> create(@RequestBody CallDraft draft, CurrentUser user) {
        CallSummary created = calls.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/awards/calls/" + created.id()))
                .body(created);
    }

    @GetMapping("/calls/{id}")
    @Operation(summary = "An award call", description = "Its rules, rubric, dates, phase and ceremony.")
    CallSummary get(@PathVariable long id, CurrentUser user) {
        return calls.get(user, id);
    }

    @PutMapping("/calls/{id}")
    @Operation(
            summary = "Change an award call",
            description =
                    "For its secretariat, with the version read. The rubric can no longer change once a score was given.")
    CallSummary update(@PathVariable long id, @RequestBody CallDraft draft, CurrentUser user) {
        return calls.update(user, id, draft);
    }

    @PostMapping("/calls/{id}/phase")
    @Operation(
            summary = "Move a call to its next phase",
            description =
                    "ENTRY → SCREENING → REVIEW → FINAL (when the rules name finalists) → RESULTS. Review needs every "
                            + "entry screened; the final round takes the review's best; results need winners and publish them.")
    CallSummary advance(@PathVariable long id, @RequestBody PhaseChange change, CurrentUser user) {
        return calls.advance(user, id, change.phase());
    }

    @GetMapping("/calls/{id}/entries")
    @Operation(summary = "A call's entries", description = "Every entry with its entrant, for the call's secretariat.")
    List<EntrySummary> entries(@PathVariable long id, CurrentUser user) {
        return entries.ofCall(user, id);
    }

    @GetMapping("/calls/{id}/entries/mine")
    @Operation(
            summary = "My entries in a call",
            description = "Those the user entered or nominated for an organization they edit.")
    List<EntrySummary> mine(@PathVariable long id, CurrentUser user) {
        return entries.mine(user, id);
    }

    @PostMapping("/calls/{id}/entries")
    @Operation(
            summary = "Enter or nominate",
            description =
                    "While the call takes entries: the category and the record entered (a library resource, a person, "
                            + "a venture or an organization, as the category says), a statement in any language, and the "
                            + "nominating organization when a member organization nominates it.")
    ResponseEntity<EntrySummary> enter(@PathVariable long id, @RequestBody EntryDraft draft, CurrentUser user) {
        EntrySummary created = entries.enter(user, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/awards/entries/" + created.id()))
                .body(created);
    }

    @GetMapping("/entries/{id}")
    @Operation(
            summary = "An entry",
            description =
                    "To its entrant, the secretariat, its jurors (without the entrant's name while the review is blind) "
                            + "and, once it won, everyone.")
    EntrySummary entry(@PathVariable long id, CurrentUser user) {
        return entries.get(user, id);
    }

    @PostMapping(path = "/entries/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a file to an entry",
            description = "By its entrant while the call takes entries: a PDF, PNG, JPEG or WebP of at most 20 MB, "
                    + "checked by its content before it is kept; at most 10 per entry. Its entrant, the secretariat and "
                    + "its jurors read it, never the public.")
    ResponseEntity<EntryFileSummary> addFile(
            @PathVariable long id, @RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
        EntryFileSummary added =
                files.add(user, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/awards/entries/" + id + "/files/" + added.id()))
                .body(added);
    }

    @GetMapping("/entries/{id}/files/{fileId}")
    @Operation(
            summary = "Download a file of an entry",
            description = "For its entrant, the secretariat and its jurors; a juror reading blind gets it under a name "
                    + "made of the entry's code. Served as an attachment with its SHA-256 in Digest.")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        return download(files.download(user, id, fileId));
    }

    @DeleteMapping("/entries/{id}/files/{fileId}")
    @Operation(summary = "Remove a file from an entry", description = "By its entrant while the call takes entries.")
    ResponseEntity<Void> removeFile(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        files.remove(user, id, fileId);
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<byte[]> download(EntryFiles.Download file) {
        return Downloads.storedFile(file.fileName(), file.mediaType(), file.content(), file.sha256());
    }

    @PostMapping("/entries/{id}/withdrawal")
    @Operation(
            summary = "Withdraw an entry",
            description = "By whoever entered or nominated it, or the secretariat, until the results are out.")
    EntrySummary withdraw(@PathVariable long id, CurrentUser user) {
        return entries.withdraw(user, id);
    }

    @PutMapping("/entries/{id}/screening")
    @Operation(
            summary = "Screen an entry",
            description = "ELIGIBLE, or INELIGIBLE with the reason; for the call's secretariat.")
    EntrySummary screen(@PathVariable long id, @RequestBody Screening screening, CurrentUser user) {
        return entries.screen(user, id, screening.status(), screening.note());
    }

    @GetMapping("/calls/{id}/winners")
    @Operation(
            summary = "A call's winners",
            description =
                    "With places, prizes, citations and certificate codes; empty until the results are published.")
    List<EntrySummary> winners(@PathVariable long id) {
        return entries.winners(id);
    }

    @PutMapping("/calls/{id}/winners")
    @Operation(
            summary = "Choose the winners",
            description =
                    "Replaces the winners chosen before: eligible entries (finalists when there is a final round) with a "
                            + "place, a prize and a citation in any languages; published with the results.")
    List<EntrySummary> choose(@PathVariable long id, @RequestBody List<Results.WinnerDraft> winners, CurrentUser user) {
        return results.choose(user, id, winners);
    }

    @GetMapping("/certificates/{code}")
    @Operation(
            summary = "Check a certificate",
            description = "The winner and the call a certificate code stands for, once published.")
    Results.Certificate certificate(@PathVariable String code, CurrentUser user) {
        return results.certificate(code, user);
    }
}
