package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who reviews what. In review, the eligible entries go to jurors by minimum-cost flow under the
 * call's hard constraints; in the final round, every juror free of conflicts scores every finalist.
 * Assignments stay hidden from jurors until the secretariat publishes them, and from entrants always.
 */
@Service
@RequiredArgsConstructor
public class Assignments {

    private final AwardAccess access;
    private final AwardEntryRepository entries;
    private final JurorRepository jurors;
    private final ScoreRepository scores;
    private final AssignmentStore store;
    private final Conflicts conflicts;
    private final AccountsApi accounts;
    private final DirectoryApi directory;

    /**
     * The outcome of an assignment.
     *
     * @param assigned entry id to the ids of its jurors; empty when the constraints could not all hold
     * @param binding the constraints that bind, when they could not
     */
    public record Outcome(
            AwardPhase phase,
            boolean published,
            Map<Long, List<Long>> assigned,
            List<JuryAssignment.Binding> binding) {}

    @Transactional
    public Outcome run(CurrentUser user, long callId) {
        AwardCall call = access.requireManager(user, callId);
        InputCheck check = new InputCheck();
        if (!call.phase().scored()) {
            check.reject("phase", "error.award.phase", call.phase()).throwIfAny();
        }
        if (scores.findByCallIdAndPhaseOrderByEntryIdAscJurorIdAsc(callId, call.phase()).stream()
                .findAny()
                .isPresent()) {
            check.reject("phase", "error.award.scoresExist").throwIfAny();
        }
        conflicts.refresh(call);
        List<AwardEntry> candidates = entries.findByCallIdOrderByIdAsc(callId).stream()
                .filter(e -> e.eligible() && (call.phase() == AwardPhase.REVIEW || e.finalist()))
                .toList();
        List<Juror> jury = jurors.findByCallIdOrderByIdAsc(callId);
        Set<String> blocked = conflicts.blockingPairs(callId);
        JuryAssignment.Result result;
        if (call.phase() == AwardPhase.FINAL) {
            Map<Long, List<Long>> all = new java.util.TreeMap<>();
            candidates.forEach(e -> all.put(
                    e.id(),
                    jury.stream()
                            .map(Juror::id)
                            .filter(j -> !blocked.contains(JuryAssignment.pair(j, e.id())))
                            .toList()));
            result = new JuryAssignment.Result(all, List.of());
        } else {
            Map<Long, String> countries = countries(jury);
            result = JuryAssignment.assign(
                    candidates.stream()
                            .map(e -> new JuryAssignment.Candidate(e.id(), e.country()))
                            .toList(),
                    jury.stream()
                            .map(j -> new JuryAssignment.Seat(j.id(), countries.get(j.personId())))
                            .toList(),
                    blocked,
                    call.juryRules());
        }
        if (result.feasible()) {
            store.replace(callId, call.phase(), result.assigned());
            call.unpublishAssignments();
        }
        accounts.audit(
                user,
                "assign",
                "award-call",
                callId,
                null,
                Map.of(
                        "phase",
                        call.phase(),
                        "entries",
                        result.assigned().size(),
                        "binding",
                        result.binding().size()));
        return new Outcome(call.phase(), false, result.assigned(), result.binding());
    }

    private Map<Long, String> countries(List<Juror> jury) {
        return directory.personCountries(jury.stream().map(Juror::personId).toList());
    }

    /** Shows the jurors what they were assigned. */
    @Transactional
    public Outcome publish(CurrentUser user, long callId) {
        AwardCall call = access.requireManager(user, callId);
        Map<Long, List<Long>> assigned = store.of(callId, call.phase());
        if (!call.phase().scored() || assigned.isEmpty()) {
            new InputCheck().reject("phase", "error.award.nothingAssigned").throwIfAny();
        }
        call.publishAssignments(Instant.now());
        accounts.audit(user, "publish-assignments", "award-call", callId, null, Map.of("phase", call.phase()));
        return new Outcome(call.phase(), true, assigned, List.of());
    }

    /** The assignment of the call's phase, to its secretariat and chair. */
    @Transactional(readOnly = true)
    public Outcome of(CurrentUser user, long callId) {
        AwardCall call = access.call(callId);
        if (!access.oversees(user, call)) {
            throw new org.springframework.security.access.AccessDeniedException("Not the call's secretariat or chair");
        }
        return new Outcome(call.phase(), call.assignmentsPublished(), store.of(callId, call.phase()), List.of());
    }

    /** The entries assigned to the juror in the call's phase, once published. */
    List<Long> assignedTo(AwardCall call, Juror juror) {
        if (!call.assignmentsPublished()) {
            return List.of();
        }
        return store.of(call.id(), call.phase()).entrySet().stream()
                .filter(e -> e.getValue().contains(juror.id()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
