package org.vocbridge.awards.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventsApi;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/** Award calls: opened and run by their alliance's secretariat, read by everyone. */
@Service
@RequiredArgsConstructor
public class AwardCalls {

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final AwardCallRepository calls;
    private final AwardEntryRepository entries;
    private final ScoreRepository scores;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final EventsApi events;
    private final Conflicts conflicts;
    private final Scores scoring;

    @Transactional
    public CallSummary create(CurrentUser user, CallDraft draft) {
        return create(user, draft, false);
    }

    @Transactional
    public CallSummary create(CurrentUser user, CallDraft draft, boolean demo) {
        user.requireSignedIn();
        if (!access.mayOpen(user, draft.allianceId())) {
            throw new AccessDeniedException("Not the alliance's secretariat");
        }
        check(draft);
        AwardCall call = new AwardCall(user.id(), demo, Instant.now());
        call.update(draft, Instant.now());
        CallSummary saved = summary(calls.saveAndFlush(call), user);
        accounts.audit(user, "create", "award-call", saved.id(), null, Map.of("title", saved.title()));
        return saved;
    }

    @Transactional
    public CallSummary update(CurrentUser user, long id, CallDraft draft) {
        AwardCall call = access.requireManager(user, id);
        InputCheck.requireVersion(draft.version());
        if (draft.version() != call.version()) {
            throw new ConcurrentEditException("Award call", id);
        }
        if (!java.util.Objects.equals(draft.allianceId(), call.allianceId())
                && !access.mayOpen(user, draft.allianceId())) {
            throw new AccessDeniedException("Not the alliance's secretariat");
        }
        check(draft);
        if (call.changesRubric(draft) && !scores.findByCallIdOrderByIdAsc(id).isEmpty()) {
            // the scores were given on the rubric as it is: a ranking mixing versions means nothing
            new InputCheck().reject("rubric", "error.award.rubric.scored").throwIfAny();
        }
        CallSummary before = summary(call, user);
        call.update(draft, Instant.now());
        calls.flush();
        CallSummary after = summary(call, user);
        accounts.audit(user, "update", "award-call", id, before, after);
        return after;
    }

    private void check(CallDraft d) {
        InputCheck check = new InputCheck();
        check.requireText("title", d.title());
        check.localized("title", d.title(), 300);
        check.localized("rules", d.rules(), 20_000);
        if (d.categories().isEmpty()) {
            check.reject("categories", "error.required");
        } else if (new HashSet<>(d.categories()).size() != d.categories().size()
                || d.categories().contains(null)) {
            check.reject("categories", "error.award.categories");
        }
        check.allKnown(
                "eligibility.countries", d.eligibility().countries(), COUNTRIES::contains, "error.country.unknown");
        if (d.allianceId() != null && !directory.allianceExists(d.allianceId())) {
            check.reject("allianceId", "error.alliance.unknown");
        }
        if (d.eligibility().membersOnly() && d.allianceId() == null) {
            check.reject("eligibility.membersOnly", "error.award.membersNeedAlliance");
        }
        check.require("opensOn", d.opensOn()).require("closesOn", d.closesOn());
        if (d.opensOn() != null && d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
            check.reject("closesOn", "error.award.closesBeforeOpens");
        }
        if (d.ceremonySessionId() != null
                && events.awardCeremony(d.ceremonySessionId()).isEmpty()) {
            check.reject("ceremonySessionId", "error.award.ceremony");
        }
        d.jury().check(check);
        new Rubric(d.rubric()).check(check);
        check.throwIfAny();
    }

    /**
     * Moves the call to its next phase. Review starts once every entry is screened; the final
     * round takes the review's best; results are published once winners are chosen.
     */
    @Transactional
    public CallSummary advance(CurrentUser user, long id, AwardPhase to) {
        AwardCall call = access.requireManager(user, id);
        AwardPhase from = call.phase();
        boolean next = to != null
                && (to.ordinal() == from.ordinal() + 1
                        || (from == AwardPhase.REVIEW
                                && to == AwardPhase.RESULTS
                                && call.juryRules().finalists() == 0));
        InputCheck check = new InputCheck();
        if (!next || (to == AwardPhase.FINAL && call.juryRules().finalists() == 0)) {
            check.reject("phase", "error.award.phase", from).throwIfAny();
        }
        List<AwardEntry> all = entries.findByCallIdOrderByIdAsc(id);
        if (to == AwardPhase.REVIEW) {
            long unscreened =
                    all.stream().filter(e -> e.status() == EntryStatus.ENTERED).count();
            if (unscreened > 0) {
                check.reject("phase", "error.award.unscreened", unscreened).throwIfAny();
            }
        }
        if (to == AwardPhase.FINAL) {
            scoring.chooseFinalists(call, all);
            call.unpublishAssignments();
        }
        if (to == AwardPhase.RESULTS) {
            if (all.stream().noneMatch(e -> e.place() != null)) {
                check.reject("phase", "error.award.noWinners").throwIfAny();
            }
            all.forEach(e -> e.publish(e.place() != null));
        }
        call.moveTo(to, Instant.now());
        calls.flush();
        if (to.scored()) {
            conflicts.refresh(call);
        }
        accounts.audit(user, "phase", "award-call", id, Map.of("phase", from), Map.of("phase", to));
        return summary(call, user);
    }

    @Transactional(readOnly = true)
    public CallSummary get(CurrentUser user, long id) {
        return summary(access.call(id), user);
    }

    /** Every call, the latest deadline first: open calls and the archive of past ones. */
    @Transactional(readOnly = true)
    public List<CallSummary> all(CurrentUser user) {
        return calls.findAllByOrderByClosesOnDescIdDesc().stream()
                .map(c -> summary(c, user))
                .toList();
    }

    CallSummary summary(AwardCall c, CurrentUser user) {
        return new CallSummary(
                c.id(),
                c.version(),
                c.allianceId(),
                c.titleText(),
                org.vocbridge.shared.LocalizedText.of(c.rules()),
                c.categories(),
                c.eligibility(),
                c.juryRules(),
                c.rubric().criteria(),
                c.rubricVersion(),
                c.phase(),
                c.opensOn(),
                c.closesOn(),
                c.ceremonySessionId(),
                c.ceremonySessionId() == null
                        ? null
                        : events.awardCeremony(c.ceremonySessionId()).orElse(null),
                c.assignmentsPublished(),
                c.resultsPublishedAt(),
                c.demo(),
                c.takesEntries(today()),
                access.manages(user, c));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
