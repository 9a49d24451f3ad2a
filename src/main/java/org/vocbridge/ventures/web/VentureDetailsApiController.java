package org.vocbridge.ventures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
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
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.ventures.NeedSummary;
import org.vocbridge.ventures.OutcomeSummary;
import org.vocbridge.ventures.TeamMemberSummary;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.domain.Completeness;
import org.vocbridge.ventures.domain.NeedDraft;
import org.vocbridge.ventures.domain.OutcomeDraft;
import org.vocbridge.ventures.domain.TeamMemberDraft;
import org.vocbridge.ventures.domain.VentureLogos;
import org.vocbridge.ventures.domain.VentureNeeds;
import org.vocbridge.ventures.domain.VentureOutcomes;
import org.vocbridge.ventures.domain.VentureTeams;
import org.vocbridge.ventures.domain.Ventures;

/** A venture's team, needs and outcomes as JSON. */
@RestController
@RequestMapping("/api/v1/ventures/{id}")
@Tag(name = "Ventures")
@RequiredArgsConstructor
class VentureDetailsApiController {

    private final Ventures ventures;
    private final VentureTeams teams;
    private final VentureLogos logos;
    private final VentureNeeds needs;
    private final VentureOutcomes outcomes;

    @GetMapping("/completeness")
    @Operation(
            summary = "How complete a venture's record is",
            description = "The share of its items present and what is missing (message codes): its name and pitch in "
                    + "Chinese, English and Russian, website, city, founding date, sector, goals, college, team, an "
                    + "outcome, and an innovation's readiness level.")
    Completeness completeness(@PathVariable long id, CurrentUser user) {
        return Completeness.of(
                ventures.get(id), teams.of(user, id).size(), outcomes.of(id).size());
    }

    @PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Set a venture's logo",
            description = "Its keepers: a PNG, JPEG or WebP image of at most 1 MB, checked by its content.")
    VentureSummary setLogo(@PathVariable long id, @RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        return logos.set(user, id, file.getBytes(), file.getContentType());
    }

    @DeleteMapping("/logo")
    @Operation(summary = "Remove a venture's logo", description = "Its keepers.")
    VentureSummary removeLogo(@PathVariable long id, CurrentUser user) {
        return logos.remove(user, id);
    }

    @GetMapping("/team")
    @Operation(
            summary = "A venture's team",
            description = "People of the directory (person) or names only, with their roles. A minor without a "
                    + "guardian's consent is a role only (withheld) for everyone but the venture's keepers.")
    List<TeamMemberSummary> team(@PathVariable long id, CurrentUser user) {
        return teams.of(user, id);
    }

    @PostMapping("/team")
    @Operation(
            summary = "Add someone to the team",
            description = "Its keepers: personId (a person of the directory) or name, the role, whether under 18 "
                    + "(minor) and whether a parent or guardian consented to the name being shown (consent). "
                    + "Confirms the team.")
    ResponseEntity<TeamMemberSummary> addMember(
            @PathVariable long id, @RequestBody TeamMemberDraft draft, CurrentUser user) {
        TeamMemberSummary added = teams.add(user, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/ventures/" + id + "/team/" + added.id()))
                .body(added);
    }

    @PutMapping("/team/{memberId}")
    @Operation(summary = "Change someone in the team", description = "Its keepers; send the version read.")
    TeamMemberSummary updateMember(
            @PathVariable long id, @PathVariable long memberId, @RequestBody TeamMemberDraft draft, CurrentUser user) {
        return teams.update(user, id, memberId, draft);
    }

    @DeleteMapping("/team/{memberId}")
    @Operation(summary = "Take someone off the team", description = "Its keepers. Confirms the team.")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId, CurrentUser user) {
        teams.remove(user, id, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/needs")
    @Operation(summary = "A venture's needs", description = "Funding, mentoring, premises and the rest, with status.")
    List<NeedSummary> needs(@PathVariable long id) {
        return needs.of(id);
    }

    @PostMapping("/needs")
    @Operation(
            summary = "Add a need",
            description = "Its keepers: the kind, a description in any languages, for funding an amount with an "
                    + "ISO 4217 currency, for the others a quantity where it applies, and a status (OPEN when left "
                    + "out). Published to the matching of demand and offers. Confirms the needs.")
    ResponseEntity<NeedSummary> addNeed(@PathVariable long id, @RequestBody NeedDraft draft, CurrentUser user) {
        NeedSummary added = needs.add(user, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/ventures/" + id + "/needs/" + added.id()))
                .body(added);
    }

    @PutMapping("/needs/{needId}")
    @Operation(summary = "Change a need", description = "Its keepers (a status MET once met); send the version read.")
    NeedSummary updateNeed(
            @PathVariable long id, @PathVariable long needId, @RequestBody NeedDraft draft, CurrentUser user) {
        return needs.update(user, id, needId, draft);
    }

    @DeleteMapping("/needs/{needId}")
    @Operation(summary = "Remove a need", description = "Its keepers. Confirms the needs.")
    ResponseEntity<Void> removeNeed(@PathVariable long id, @PathVariable long needId, CurrentUser user) {
        needs.remove(user, id, needId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/outcomes")
    @Operation(
            summary = "A venture's outcomes",
            description = "Jobs, revenue, funding rounds, awards, patents, customers and trainees, the latest first, "
                    + "each with its verification: SELF_REPORTED, EVIDENCE_ATTACHED or VERIFIED (by whom, for which "
                    + "college or alliance, when).")
    List<OutcomeSummary> outcomes(@PathVariable long id) {
        return outcomes.of(id);
    }

    @PostMapping("/outcomes")
    @Operation(
            summary = "Add an outcome",
            description = "Its keepers: the kind, the date it holds at (asOf), a count (jobs, customers, trainees) "
                    + "or an amount with an ISO 4217 currency (revenue, funding rounds; or undisclosed), a title "
                    + "(an award's name), a patent's number and office, a link that shows it. Confirms the figures.")
    ResponseEntity<OutcomeSummary> addOutcome(
            @PathVariable long id, @RequestBody OutcomeDraft draft, CurrentUser user) {
        OutcomeSummary added = outcomes.add(user, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/ventures/" + id + "/outcomes/" + added.id()))
                .body(added);
    }

    @PutMapping("/outcomes/{outcomeId}")
    @Operation(
            summary = "Change an outcome",
            description = "Its keepers; send the version read. A changed figure loses its verification.")
    OutcomeSummary updateOutcome(
            @PathVariable long id, @PathVariable long outcomeId, @RequestBody OutcomeDraft draft, CurrentUser user) {
        return outcomes.update(user, id, outcomeId, draft);
    }

    @DeleteMapping("/outcomes/{outcomeId}")
    @Operation(summary = "Remove an outcome", description = "Its keepers. Confirms the figures.")
    ResponseEntity<Void> removeOutcome(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user) {
        outcomes.remove(user, id, outcomeId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/outcomes/{outcomeId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach evidence to an outcome",
            description = "Its keepers: a PDF, PNG, JPEG or WebP of at most 10 MB, checked by its content; only "
                    + "keepers and verifiers may download it.")
    OutcomeSummary attachEvidence(
            @PathVariable long id,
            @PathVariable long outcomeId,
            @RequestPart("file") MultipartFile file,
            CurrentUser user)
            throws IOException {
        return outcomes.attachEvidence(
                user, id, outcomeId, file.getBytes(), file.getContentType(), file.getOriginalFilename());
    }

    @GetMapping("/outcomes/{outcomeId}/evidence")
    @Operation(
            summary = "Download an outcome's evidence",
            description = "For the venture's keepers and verifiers only; served as an attachment, never cached.")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user) {
        return evidenceFile(outcomes.evidence(user, id, outcomeId));
    }

    @PostMapping("/outcomes/{outcomeId}/verification")
    @Operation(
            summary = "Verify an outcome",
            description = "An editor of the founders' college, the secretariat of an alliance the college or the "
                    + "venture's organization belongs to, or an admin vouches for it as it is; who and when are "
                    + "shown and audited.")
    OutcomeSummary verify(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user) {
        return outcomes.verify(user, id, outcomeId);
    }

    static ResponseEntity<byte[]> evidenceFile(VentureOutcomes.Evidence evidence) {
        return Downloads.attachment(evidence.fileName(), MediaType.parseMediaType(evidence.mediaType()))
                .cacheControl(CacheControl.noStore())
                .body(evidence.content());
    }
}
