package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Jurors score the entries assigned to them; the conflicts of the juror are found again from the
 * records at every score, and a score across a conflict is refused. Rankings are computed from the
 * scores that count, the same way every time (see {@link Ranking}).
 */
@Service
@RequiredArgsConstructor
public class Scores {

    private final ScoreRepository scores;
    private final AwardEntryRepository entries;
    private final AwardAccess access;
    private final AssignmentStore assignments;
    private final Conflicts conflicts;
    private final EntryViews views;
    private final AccountsApi accounts;

    /** A juror's score as the juror (and the chair) see it. */
    public record ScoreView(
            long id,
            long version,
            long entryId,
            long jurorId,
            int rubricVersion,
            Map<String, Integer> marks,
            int total,
            String comment,
            Instant scoredAt,
            String withdrawnFor) {}

    /** An entry assigned to the juror, with the juror's score and whether a conflict blocks it. */
    public record Assigned(EntrySummary entry, ScoreView score, boolean conflict) {}

    /** The ranking of a phase with the entries as their reader may see them. */
    public record RankingView(
            AwardPhase phase, int rubricVersion, List<Row> rows, List<Long> normalized, String fingerprint) {

        /** A ranked entry with the scores that count and those taken out. */
        public record Row(Ranking.Ranked place, EntrySummary entry, List<ScoreView> scores) {}
    }

    @Transactional
    public ScoreView score(CurrentUser user, long callId, long entryId, ScoreDraft draft) {
        Juror juror = access.requireJuror(user, callId);
        AwardCall call = access.call(callId);
        AwardEntry entry = entries.findById(entryId)
                .filter(e -> e.callId() == callId)
                .orElseThrow(() -> new NotFoundException("Award entry", entryId));
        InputCheck check = new InputCheck();
        if (!call.phase().scored()) {
            check.reject("phase", "error.award.phase", call.phase()).throwIfAny();
        }
        if (!views.assignedTo(call, juror, entryId)) {
            throw new AccessDeniedException("Not assigned to the juror");
        }
        conflicts.refreshPair(callId, juror.id(), entryId);
        List<Conflict> blocking = conflicts.blocking(juror, entryId);
        if (!blocking.isEmpty()) {
            check.reject("entryId", "error.award.conflict");
            blocking.forEach(c -> check.reject("entryId", "error.award.conflict." + c.rule()));
            check.throwIfAny();
        }
        call.rubric().checkMarks(check, draft.marks());
        String comment = draft.comment() == null || draft.comment().isBlank()
                ? null
                : draft.comment().strip();
        check.maxLength("comment", comment, 4000).throwIfAny();
        Optional<Score> existing = scores.findByPhaseAndEntryIdAndJurorId(call.phase(), entryId, juror.id());
        if (existing.isPresent() && draft.version() != null && existing.get().version() != draft.version()) {
            throw new ConcurrentEditException("Score", existing.get().id());
        }
        Score score = existing.orElseGet(() -> new Score(callId, call.phase(), entryId, juror.id()));
        score.mark(call.rubricVersion(), draft.marks(), call.rubric().total(draft.marks()), comment, Instant.now());
        Score saved = scores.saveAndFlush(score);
        accounts.audit(
                user,
                existing.isPresent() ? "update" : "create",
                "award-score",
                saved.id(),
                null,
                Map.of("entryId", entryId, "total", saved.total()));
        return view(saved);
    }

    /** The entries assigned to the juror in the call's phase, once published, with the juror's scores. */
    @Transactional(readOnly = true)
    public List<Assigned> mine(CurrentUser user, long callId) {
        Juror juror = access.requireJuror(user, callId);
        AwardCall call = access.call(callId);
        if (!call.assignmentsPublished() || !call.phase().scored()) {
            return List.of();
        }
        List<Long> ids = assignments.of(callId, call.phase()).entrySet().stream()
                .filter(e -> e.getValue().contains(juror.id()))
                .map(Map.Entry::getKey)
                .toList();
        List<EntrySummary> shown = views.forJuror(
                call,
                entries.findAllById(ids).stream()
                        .sorted(java.util.Comparator.comparing(AwardEntry::id))
                        .toList());
        Map<Long, Score> given = new HashMap<>();
        scores.findByCallIdAndPhaseOrderByEntryIdAscJurorIdAsc(callId, call.phase()).stream()
                .filter(s -> s.jurorId() == juror.id())
                .forEach(s -> given.put(s.entryId(), s));
        java.util.Set<String> blocked = conflicts.blockingPairs(callId);
        return shown.stream()
                .map(e -> new Assigned(
                        e,
                        given.containsKey(e.id()) ? view(given.get(e.id())) : null,
                        blocked.contains(JuryAssignment.pair(juror.id(), e.id()))))
                .toList();
    }

    /** The ranking of the phase (the call's current one when null), to its secretariat and the jury's chair. */
    @Transactional(readOnly = true)
    public RankingView ranking(CurrentUser user, long callId, AwardPhase phase) {
        AwardCall call = access.call(callId);
        if (!access.oversees(user, call)) {
            throw new AccessDeniedException("Not the call's secretariat or chair");
        }
        AwardPhase of = phase == null ? (call.phase() == AwardPhase.RESULTS ? lastScored(call) : call.phase()) : phase;
        List<AwardEntry> ranked = candidates(call, of);
        List<Score> all = scores.findByCallIdAndPhaseOrderByEntryIdAscJurorIdAsc(callId, of);
        Ranking.Result result = rank(call, ranked, all);
        Map<Long, EntrySummary> shown = new HashMap<>();
        (access.manages(user, call) ? views.forSecretariat(ranked) : views.forJuror(call, ranked))
                .forEach(e -> shown.put(e.id(), e));
        Map<Long, List<ScoreView>> byEntry = new HashMap<>();
        all.forEach(s -> byEntry.computeIfAbsent(s.entryId(), e -> new java.util.ArrayList<>())
                .add(view(s)));
        return new RankingView(
                of,
                call.rubricVersion(),
                result.entries().stream()
                        .map(r -> new RankingView.Row(
                                r, shown.get(r.entryId()), byEntry.getOrDefault(r.entryId(), List.of())))
                        .toList(),
                result.normalized(),
                result.fingerprint());
    }

    private static AwardPhase lastScored(AwardCall call) {
        return call.juryRules().finalists() > 0 ? AwardPhase.FINAL : AwardPhase.REVIEW;
    }

    /** The entries ranked in the phase: the eligible ones in review, the finalists in the final round. */
    private List<AwardEntry> candidates(AwardCall call, AwardPhase phase) {
        return entries.findByCallIdOrderByIdAsc(call.id()).stream()
                .filter(e -> e.eligible() && (phase != AwardPhase.FINAL || e.finalist()))
                .toList();
    }

    Ranking.Result rank(AwardCall call, List<AwardEntry> ranked, List<Score> all) {
        return Ranking.rank(
                call.rubric(),
                call.rubricVersion(),
                all.stream()
                        .filter(Score::counts)
                        .map(s -> new Ranking.Mark(s.entryId(), s.jurorId(), s.total(), s.marks()))
                        .toList(),
                ranked.stream().map(AwardEntry::id).toList(),
                call.juryRules().normalizationMinimum());
    }

    /** Marks the review's best (as many as the call's rules say) as finalists. Runs in the caller's transaction. */
    void chooseFinalists(AwardCall call, List<AwardEntry> all) {
        List<AwardEntry> reviewed = candidates(call, AwardPhase.REVIEW);
        Ranking.Result result = rank(
                call, reviewed, scores.findByCallIdAndPhaseOrderByEntryIdAscJurorIdAsc(call.id(), AwardPhase.REVIEW));
        java.util.Set<Long> best = new java.util.HashSet<>();
        result.entries().stream()
                .filter(r -> r.rank() != null && r.rank() <= call.juryRules().finalists())
                .forEach(r -> best.add(r.entryId()));
        all.forEach(e -> e.markFinalist(best.contains(e.id())));
    }

    static ScoreView view(Score s) {
        return new ScoreView(
                s.id(),
                s.version(),
                s.entryId(),
                s.jurorId(),
                s.rubricVersion(),
                s.marks(),
                s.total(),
                s.comment(),
                s.scoredAt(),
                s.withdrawnNote());
    }
}
