package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.awards.ConflictState;
import org.vocbridge.awards.EntrySubject;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.VenturesApi;

/**
 * Conflicts of interest as data. Computed ones are found again from the records when the jury is
 * formed, before every assignment, at every score (for the juror scoring) and every hour for the
 * calls being scored; one the records no longer show goes, unless an admin pinned it. A score given
 * across a conflict that blocks is taken out of the ranking with the rule as its reason, and comes
 * back if the conflict goes or is waived.
 */
@Service
@RequiredArgsConstructor
public class Conflicts {

    private final ConflictRepository conflicts;
    private final JurorRepository jurors;
    private final AwardEntryRepository entries;
    private final AwardCallRepository calls;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;
    private final VenturesApi ventures;
    private final JdbcClient jdbc;

    /** A conflict as the secretariat, the chair and the juror concerned see it. */
    public record ConflictView(
            long id,
            long jurorId,
            PersonLabel juror,
            long entryId,
            String entryCode,
            ConflictRule rule,
            Map<String, Object> evidence,
            ConflictState state,
            String decisionNote,
            Instant foundAt) {}

    /** Finds the call's conflicts again, for every juror and live entry. */
    void refresh(AwardCall call) {
        refresh(call, jurors.findByCallIdOrderByIdAsc(call.id()));
    }

    /** Finds the conflicts of the jurors given again. Runs in the caller's transaction. */
    void refresh(AwardCall call, List<Juror> of) {
        refresh(call, of, null);
    }

    /** Finds the conflicts of the jurors with the entry given (every live entry when null) again. */
    private void refresh(AwardCall call, List<Juror> of, Long entryId) {
        List<AwardEntry> live = entries.findByCallIdOrderByIdAsc(call.id()).stream()
                .filter(e -> e.live() && (entryId == null || entryId.equals(e.id())))
                .toList();
        Set<Long> jurorIds = of.stream().map(Juror::id).collect(Collectors.toSet());
        List<ConflictRules.Found> found = ConflictRules.find(facts(of, live), call.juryRules(), AwardCalls.today());
        Map<String, Conflict> stored = new HashMap<>();
        conflicts.findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(call.id()).stream()
                .filter(c -> jurorIds.contains(c.jurorId())
                        && !c.rule().declared()
                        && (entryId == null || entryId == c.entryId()))
                .forEach(c -> stored.put(key(c.jurorId(), c.entryId(), c.rule()), c));
        Instant now = Instant.now();
        for (ConflictRules.Found f : found) {
            Conflict existing = stored.remove(key(f.jurorId(), f.entryId(), f.rule()));
            if (existing == null) {
                conflicts.save(new Conflict(call.id(), f.jurorId(), f.entryId(), f.rule(), f.evidence(), now));
            } else {
                existing.evidence(f.evidence());
            }
        }
        // what the records no longer show goes, unless pinned (or waived: the waiver is kept)
        stored.values().stream().filter(c -> c.state() == ConflictState.FOUND).forEach(conflicts::delete);
        conflicts.flush();
        withdrawScores(call.id(), jurorIds);
    }

    private static String key(long juror, long entry, ConflictRule rule) {
        return juror + ":" + entry + ":" + rule;
    }

    /** Takes out the scores given across a blocking conflict, and puts back those no longer blocked. */
    private void withdrawScores(long callId, Set<Long> jurorIds) {
        Map<String, String> blocking = new HashMap<>();
        conflicts.findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(callId).stream()
                .filter(c -> c.state().blocks() && jurorIds.contains(c.jurorId()))
                .forEach(c -> blocking.putIfAbsent(
                        JuryAssignment.pair(c.jurorId(), c.entryId()), c.rule().name()));
        jdbc.sql("select id, juror_id, entry_id, withdrawn_note from awards_score where call_id = ?")
                .param(callId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)})
                .list()
                .forEach(s -> {
                    if (!jurorIds.contains((Long) s[1])) {
                        return;
                    }
                    String rule = blocking.get(JuryAssignment.pair((Long) s[1], (Long) s[2]));
                    if (!java.util.Objects.equals(rule, s[3])) {
                        jdbc.sql("update awards_score set withdrawn_note = ?, version = version + 1 where id = ?")
                                .params(rule, s[0])
                                .update();
                    }
                });
    }

    /** The facts of the jurors' and entries' conflicts, read from the other modules. */
    ConflictFacts facts(List<Juror> of, List<AwardEntry> live) {
        Set<Long> jurorPeople = of.stream().map(Juror::personId).collect(Collectors.toSet());
        Set<Long> people = new HashSet<>(jurorPeople);
        live.forEach(e -> people.addAll(e.peopleSet()));
        List<AffiliationPeriod> affiliations = directory.affiliations(people);
        Map<Long, String> countries = directory.personCountries(jurorPeople);
        Set<Long> jurorOrganizations = affiliations.stream()
                .filter(a -> a.endedOn() == null && jurorPeople.contains(a.personId()))
                .map(AffiliationPeriod::organizationId)
                .collect(Collectors.toSet());
        List<Long> ventureIds = live.stream()
                .filter(e -> e.category().subject() == EntrySubject.VENTURE)
                .map(AwardEntry::subjectId)
                .toList();
        return new ConflictFacts(
                of.stream()
                        .map(j -> new ConflictFacts.JurorFacts(j.id(), j.personId(), countries.get(j.personId())))
                        .toList(),
                live.stream()
                        .map(e -> new ConflictFacts.EntryFacts(
                                e.id(),
                                e.peopleSet(),
                                e.organizationId(),
                                e.country(),
                                e.category().subject() == EntrySubject.VENTURE ? e.subjectId() : null))
                        .toList(),
                affiliations,
                library.authorships(jurorPeople),
                cooperation.agreementsWithAnyParty(jurorOrganizations),
                ventures.teamPeople(ventureIds));
    }

    /**
     * Finds the juror's conflicts with the entry again from the records, in a transaction of its
     * own: what the records show stays found (and a score across it taken out) even when the score
     * that asked is refused.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void refreshPair(long callId, long jurorId, long entryId) {
        AwardCall call = access.call(callId);
        jurors.findById(jurorId).ifPresent(j -> refresh(call, List.of(j), entryId));
    }

    /** The juror's conflicts with the entry that block. */
    List<Conflict> blocking(Juror juror, long entryId) {
        return conflicts.findByJurorIdAndEntryId(juror.id(), entryId).stream()
                .filter(c -> c.state().blocks())
                .toList();
    }

    /** The pairs (juror:entry) that may not be assigned. */
    Set<String> blockingPairs(long callId) {
        return conflicts.findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(callId).stream()
                .filter(c -> c.state().blocks())
                .map(c -> JuryAssignment.pair(c.jurorId(), c.entryId()))
                .collect(Collectors.toSet());
    }

    Map<Long, Long> blockingCounts(long callId) {
        Map<Long, Set<Long>> entriesOf = new HashMap<>();
        conflicts.findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(callId).stream()
                .filter(c -> c.state().blocks())
                .forEach(c -> entriesOf
                        .computeIfAbsent(c.jurorId(), j -> new HashSet<>())
                        .add(c.entryId()));
        Map<Long, Long> counts = new HashMap<>();
        entriesOf.forEach((j, e) -> counts.put(j, (long) e.size()));
        return counts;
    }

    /** A conflict the juror declares (or the secretariat for a juror), with what it is. */
    @Transactional
    public ConflictView declare(
            CurrentUser user, long callId, Long jurorId, Long entryId, ConflictRule rule, String note) {
        AwardCall call = access.call(callId);
        Juror juror = jurorId == null
                ? access.requireJuror(user, callId)
                : jurors.findById(jurorId)
                        .filter(j -> j.callId() == callId)
                        .orElseThrow(() -> new NotFoundException("Juror", jurorId));
        if (jurorId != null
                && !access.manages(user, call)
                && access.jurorOf(user, callId)
                        .filter(j -> j.id().equals(jurorId))
                        .isEmpty()) {
            throw new AccessDeniedException("Not the juror or the secretariat");
        }
        if (entryId == null) {
            new InputCheck().reject("entryId", "error.required").throwIfAny();
        }
        AwardEntry entry = entries.findById(entryId)
                .filter(e -> e.callId() == callId)
                .orElseThrow(() -> new NotFoundException("Award entry", entryId));
        InputCheck check = new InputCheck();
        if (rule == null || !rule.declared()) {
            check.reject("rule", "error.award.declaredRule");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        check.maxLength("note", text, 2000);
        check.throwIfAny();
        Conflict conflict = conflicts.findByJurorIdAndEntryId(juror.id(), entry.id()).stream()
                .filter(c -> c.rule() == rule)
                .findFirst()
                .orElseGet(() -> conflicts.save(
                        new Conflict(callId, juror.id(), entry.id(), rule, new TreeMap<>(), Instant.now())));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("declaredBy", user.id());
        if (text != null) {
            evidence.put("note", text);
        }
        conflict.evidence(evidence);
        conflicts.flush();
        withdrawScores(callId, Set.of(juror.id()));
        accounts.audit(
                user, "declare", "award-conflict", conflict.id(), null, Map.of("rule", rule, "entryId", entryId));
        return views(List.of(conflict)).get(0);
    }

    /** An admin pins a conflict (it blocks for good), waives it (it no longer blocks) or returns it to the records' word, with a reason. */
    @Transactional
    public ConflictView decide(CurrentUser user, long callId, long conflictId, ConflictState state, String note) {
        user.requireAdmin();
        Conflict conflict = conflicts
                .findById(conflictId)
                .filter(c -> c.callId() == callId)
                .orElseThrow(() -> new NotFoundException("Conflict", conflictId));
        InputCheck check = new InputCheck().require("state", state);
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason == null) {
            check.reject("note", "error.award.reasonRequired");
        }
        check.maxLength("note", reason, 2000).throwIfAny();
        ConflictState before = conflict.state();
        conflict.decide(state, user.id(), reason, Instant.now());
        conflicts.flush();
        withdrawScores(callId, Set.of(conflict.jurorId()));
        accounts.audit(
                user,
                "decide",
                "award-conflict",
                conflictId,
                Map.of("state", before),
                Map.of("state", state, "note", reason));
        return views(List.of(conflict)).get(0);
    }

    /** The call's conflicts: all of them to its secretariat and chair, a juror's own to the juror. */
    @Transactional(readOnly = true)
    public List<ConflictView> of(CurrentUser user, long callId) {
        AwardCall call = access.call(callId);
        List<Conflict> all = conflicts.findByCallIdOrderByJurorIdAscEntryIdAscRuleAsc(callId);
        if (access.manages(user, call)) {
            return views(all);
        }
        Juror juror = access.requireJuror(user, callId);
        List<ConflictView> shown = views(
                juror.chair()
                        ? all
                        : all.stream().filter(c -> c.jurorId() == juror.id()).toList());
        if (!EntryViews.blind(call)) {
            return shown;
        }
        // the evidence names the entrants' organizations and co-authors: jurors see the rule, not the records
        return shown.stream()
                .map(c -> new ConflictView(
                        c.id(),
                        c.jurorId(),
                        c.juror(),
                        c.entryId(),
                        c.entryCode(),
                        c.rule(),
                        Map.of(),
                        c.state(),
                        c.decisionNote(),
                        c.foundAt()))
                .toList();
    }

    /** Finds the conflicts of every call being scored again: the records of other modules change without telling. */
    @SchedulerLock(name = "awards.conflict-recheck", lockAtMostFor = "PT55M", lockAtLeastFor = "PT50M")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void refreshScoredCalls() {
        calls.findByPhaseIn(List.of(AwardPhase.REVIEW, AwardPhase.FINAL)).forEach(this::refresh);
    }

    private List<ConflictView> views(Collection<Conflict> list) {
        Map<Long, Juror> byId = new HashMap<>();
        jurors.findAllById(list.stream().map(Conflict::jurorId).distinct().toList())
                .forEach(j -> byId.put(j.id(), j));
        Map<Long, PersonLabel> people = directory.personLabels(
                byId.values().stream().map(Juror::personId).toList());
        List<ConflictView> views = new ArrayList<>();
        for (Conflict c : list) {
            Juror j = byId.get(c.jurorId());
            views.add(new ConflictView(
                    c.id(),
                    c.jurorId(),
                    j == null ? null : people.get(j.personId()),
                    c.entryId(),
                    EntryViews.code(c.entryId()),
                    c.rule(),
                    c.evidence(),
                    c.state(),
                    c.decisionNote(),
                    c.foundAt()));
        }
        return views;
    }
}
