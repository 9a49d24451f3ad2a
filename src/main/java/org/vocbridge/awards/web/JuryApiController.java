package org.vocbridge.awards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.awards.ConflictState;
import org.vocbridge.awards.domain.Assignments;
import org.vocbridge.awards.domain.Conflicts;
import org.vocbridge.awards.domain.Juries;
import org.vocbridge.awards.domain.ScoreDraft;
import org.vocbridge.awards.domain.Scores;
import org.vocbridge.shared.security.CurrentUser;

/** A call's jury: jurors, conflicts of interest, assignment, scores and ranking. */
@RestController
@RequestMapping("/api/v1/awards/calls/{id}")
@Tag(
        name = "Award juries",
        description =
                "Jurors from the directory's experts; conflicts of interest declared or computed from the platform's "
                        + "records, each with its rule and evidence; assignment by minimum-cost flow under hard constraints; "
                        + "scores on the call's rubric; rankings reproducible from the stored scores.")
@RequiredArgsConstructor
class JuryApiController {

    private final Juries juries;
    private final Conflicts conflicts;
    private final Assignments assignments;
    private final Scores scores;

    /** An expert of the directory to add, and whether they chair the jury. */
    record JurorChoice(Long personId, Boolean chair) {}

    /** A conflict declared: the entry, its kind (one of the DECLARED_ rules), a note; jurorId when the secretariat declares it for a juror. */
    record Declaration(Long jurorId, Long entryId, ConflictRule rule, String note) {}

    /** An admin's decision on a conflict: PINNED, WAIVED or FOUND (back to the records' word), with the reason. */
    record Decision(ConflictState state, String note) {}

    @GetMapping("/jurors")
    @Operation(
            summary = "The jury",
            description =
                    "Its jurors, the chair, and how many entries each has a conflict with; for the secretariat and the chair.")
    List<Juries.JurorSummary> jurors(@PathVariable long id, CurrentUser user) {
        return juries.of(user, id);
    }

    @PostMapping("/jurors")
    @Operation(
            summary = "Add a juror",
            description = "An expert of the directory (a think-tank appointment); their conflicts are found at once.")
    Juries.JurorSummary add(@PathVariable long id, @RequestBody JurorChoice choice, CurrentUser user) {
        return juries.add(user, id, choice.personId(), Boolean.TRUE.equals(choice.chair()));
    }

    @DeleteMapping("/jurors/{jurorId}")
    @Operation(summary = "Remove a juror", description = "Before they have scored anything.")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long jurorId, CurrentUser user) {
        juries.remove(user, id, jurorId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/jurors/{jurorId}/chair")
    @Operation(
            summary = "Make a juror the chair",
            description = "The chair sees every score, the ranking and the divergences.")
    Juries.JurorSummary chair(@PathVariable long id, @PathVariable long jurorId, CurrentUser user) {
        return juries.chair(user, id, jurorId);
    }

    @GetMapping("/conflicts")
    @Operation(
            summary = "Conflicts of interest",
            description =
                    "Each with its rule, evidence (records and dates) and state; all of them for the secretariat and the "
                            + "chair, a juror's own for the juror.")
    List<Conflicts.ConflictView> conflicts(@PathVariable long id, CurrentUser user) {
        return conflicts.of(user, id);
    }

    @PostMapping("/conflicts")
    @Operation(
            summary = "Declare a conflict",
            description =
                    "DECLARED_COLLABORATOR, DECLARED_ADVISOR, DECLARED_SAME_INSTITUTION, DECLARED_PERSONAL or "
                            + "DECLARED_OTHER, by the juror (or the secretariat for a juror); a score already given is taken out.")
    Conflicts.ConflictView declare(@PathVariable long id, @RequestBody Declaration d, CurrentUser user) {
        return conflicts.declare(user, id, d.jurorId(), d.entryId(), d.rule(), d.note());
    }

    @PutMapping("/conflicts/{conflictId}")
    @Operation(
            summary = "Pin or waive a conflict",
            description =
                    "Admins only, with the reason (kept in the audit log): PINNED blocks for good, WAIVED no longer "
                            + "blocks, FOUND leaves it to the records.")
    Conflicts.ConflictView decide(
            @PathVariable long id, @PathVariable long conflictId, @RequestBody Decision d, CurrentUser user) {
        return conflicts.decide(user, id, conflictId, d.state(), d.note());
    }

    @GetMapping("/assignment")
    @Operation(
            summary = "The assignment",
            description =
                    "Entry to jurors in the call's phase, and whether it is published; for the secretariat and the chair.")
    Assignments.Outcome assignment(@PathVariable long id, CurrentUser user) {
        return assignments.of(user, id);
    }

    @PostMapping("/assignment")
    @Operation(
            summary = "Assign entries to jurors",
            description =
                    "By minimum-cost flow under the call's hard constraints; when they cannot all hold, nothing is "
                            + "assigned and the binding constraint is named with the entries or jurors it binds on.")
    Assignments.Outcome assign(@PathVariable long id, CurrentUser user) {
        return assignments.run(user, id);
    }

    @PostMapping("/assignment/publication")
    @Operation(
            summary = "Publish the assignment",
            description = "Jurors see the entries assigned to them from then on; entrants never do.")
    Assignments.Outcome publish(@PathVariable long id, CurrentUser user) {
        return assignments.publish(user, id);
    }

    @GetMapping("/scores/mine")
    @Operation(
            summary = "My entries to score",
            description = "For a juror: the entries assigned (blind while the review is), with the juror's scores.")
    List<Scores.Assigned> mine(@PathVariable long id, CurrentUser user) {
        return scores.mine(user, id);
    }

    @PutMapping("/entries/{entryId}/score")
    @Operation(
            summary = "Score an entry",
            description =
                    "Marks by criterion key; refused when a conflict of interest blocks it (found again at every score).")
    Scores.ScoreView score(
            @PathVariable long id, @PathVariable long entryId, @RequestBody ScoreDraft draft, CurrentUser user) {
        return scores.score(user, id, entryId, draft);
    }

    @GetMapping("/ranking")
    @Operation(
            summary = "The ranking",
            description =
                    "Of the call's phase (or the one given): medians of normalized totals, tie-break rules, divergence "
                            + "flags and the fingerprint of the scores used; for the secretariat and the chair.")
    Scores.RankingView ranking(
            @PathVariable long id, @RequestParam(required = false) AwardPhase phase, CurrentUser user) {
        return scores.ranking(user, id, phase);
    }
}
