package org.vocbridge.awards.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.TeamPerson;
import org.vocbridge.ventures.TeamRole;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.VenturesApi;

/**
 * Entries: submitted by their entrant or nominated by a member organization while the call takes
 * entries, withdrawn by whoever entered them, screened for eligibility by the secretariat. What an
 * entry stands for (its people, organization and country) is read from the record entered.
 */
@Service
@RequiredArgsConstructor
public class AwardEntries {

    static final int MAX_TEAM = 30;

    private final AwardEntryRepository entries;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final VenturesApi ventures;
    private final EntryViews views;

    @Transactional
    public EntrySummary enter(CurrentUser user, long callId, EntryDraft draft) {
        return enter(user, callId, draft, false);
    }

    @Transactional
    public EntrySummary enter(CurrentUser user, long callId, EntryDraft draft, boolean demo) {
        user.requireSignedIn();
        AwardCall call = access.call(callId);
        if (draft.nominatedBy() != null && !access.editsOrganization(user, draft.nominatedBy())) {
            throw new AccessDeniedException("Not an editor of the nominating organization");
        }
        InputCheck check = new InputCheck();
        if (!demo && !call.takesEntries(AwardCalls.today())) {
            check.reject("call", "error.award.closed", call.opensOn(), call.closesOn())
                    .throwIfAny();
        }
        check.require("category", draft.category()).require("subjectId", draft.subjectId());
        check.throwIfAny();
        if (!call.categories().contains(draft.category())) {
            check.reject("category", "error.award.category").throwIfAny();
        }
        check.localized("title", draft.title(), 500);
        check.localized("statement", draft.statement(), 20_000);
        if (draft.language() == null || !LocalizedText.isKnownLanguageTag(draft.language())) {
            check.reject("language", "error.languageTag", String.valueOf(draft.language()));
        }
        if (draft.people().size() > MAX_TEAM) {
            check.reject("people", "error.tooMany", MAX_TEAM);
        }
        check.throwIfAny();
        Subject subject = subject(user, draft, check);
        Long organizationId = draft.organizationId() != null ? draft.organizationId() : subject.organizationId();
        OrganizationLabel organization = organizationId == null
                ? null
                : directory.organizationLabels(List.of(organizationId)).get(organizationId);
        if (organizationId != null && organization == null) {
            check.reject("organizationId", "error.organization.unknown");
        }
        String country = organization != null ? organization.country() : subject.country();
        Eligibility rules = call.eligibility();
        if (!rules.countries().isEmpty()
                && (country == null || !rules.countries().contains(country))) {
            check.reject(
                    "organizationId",
                    "error.award.country",
                    String.join(", ", new java.util.TreeSet<>(rules.countries())));
        }
        if (rules.membersOnly()
                && (organizationId == null
                        || !directory
                                .currentAlliancesOf(List.of(organizationId))
                                .contains(call.allianceId()))) {
            check.reject("organizationId", "error.award.members");
        }
        if (entries.findByCallIdAndCategoryAndSubjectId(callId, draft.category(), draft.subjectId())
                .isPresent()) {
            check.reject("subjectId", "error.award.alreadyEntered");
        }
        check.throwIfAny();
        AwardEntry entry = new AwardEntry(
                callId, draft.category(), draft.subjectId(), user.id(), draft.nominatedBy(), demo, Instant.now());
        LocalizedText title =
                LocalizedText.of(draft.title()).isEmpty() ? subject.name() : LocalizedText.of(draft.title());
        entry.describe(
                title,
                LocalizedText.of(draft.statement()),
                LocalizedText.normalizeTag(draft.language()),
                organizationId,
                country,
                subject.people());
        EntrySummary saved =
                views.forEntrant(List.of(entries.saveAndFlush(entry))).get(0);
        accounts.audit(
                user,
                "create",
                "award-entry",
                saved.id(),
                null,
                Map.of("callId", callId, "category", draft.category()));
        return saved;
    }

    /** What the record entered stands for. */
    private record Subject(LocalizedText name, List<Long> people, Long organizationId, String country) {}

    private Subject subject(CurrentUser user, EntryDraft d, InputCheck check) {
        long id = d.subjectId();
        Subject subject =
                switch (d.category().subject()) {
                    case RESOURCE ->
                        library.resource(id, user)
                                .map(r -> new Subject(
                                        r.title(),
                                        r.authors().stream()
                                                .map(ResourceSummary.Author::id)
                                                .toList(),
                                        r.owners().isEmpty()
                                                ? null
                                                : r.owners().get(0).id(),
                                        r.owners().isEmpty()
                                                ? null
                                                : r.owners().get(0).country()))
                                .orElse(null);
                    case PERSON -> {
                        PersonLabel person = directory.personLabels(List.of(id)).get(id);
                        yield person == null
                                ? null
                                : new Subject(
                                        person.name(),
                                        List.of(id),
                                        directory.affiliations(List.of(id)).stream()
                                                .filter(a -> a.endedOn() == null)
                                                .map(AffiliationPeriod::organizationId)
                                                .findFirst()
                                                .orElse(null),
                                        directory.personCountries(List.of(id)).get(id));
                    }
                    case VENTURE ->
                        ventures.byIds(List.of(id)).stream()
                                .findFirst()
                                .map(v -> new Subject(v.name(), ventureTeam(id), ventureOrganization(v), v.country()))
                                .orElse(null);
                    case ORGANIZATION -> {
                        OrganizationLabel o =
                                directory.organizationLabels(List.of(id)).get(id);
                        yield o == null ? null : new Subject(o.name(), team(d.people(), check), id, o.country());
                    }
                };
        if (subject == null) {
            check.reject("subjectId", "error.award.subject." + d.category().subject())
                    .throwIfAny();
        }
        check.throwIfAny();
        return subject;
    }

    private List<Long> ventureTeam(long ventureId) {
        // its mentors and advisors help it; they are not who entered it
        return ventures.teamPeople(List.of(ventureId)).stream()
                .filter(t -> t.role() != TeamRole.MENTOR && t.role() != TeamRole.ADVISOR)
                .map(TeamPerson::personId)
                .distinct()
                .toList();
    }

    private static Long ventureOrganization(VentureSummary v) {
        if (v.organization() != null) {
            return v.organization().id();
        }
        return v.college() == null ? null : Long.valueOf(v.college().id());
    }

    private List<Long> team(List<Long> people, InputCheck check) {
        Set<Long> distinct = new LinkedHashSet<>(people);
        if (directory.personLabels(distinct).size() != distinct.size()) {
            check.reject("people", "error.person.unknown");
        }
        return List.copyOf(distinct);
    }

    /** Withdraws an entry: by whoever entered it, an editor of the organization that nominated it, or the secretariat. */
    @Transactional
    public EntrySummary withdraw(CurrentUser user, long id) {
        AwardEntry entry = require(id);
        AwardCall call = access.call(entry.callId());
        if (!entrant(user, entry) && !access.manages(user, call)) {
            throw new AccessDeniedException("Not the entrant");
        }
        if (call.resultsPublished()) {
            new InputCheck().reject("status", "error.award.published").throwIfAny();
        }
        entry.withdraw(Instant.now());
        entries.flush();
        accounts.audit(user, "withdraw", "award-entry", id, null, Map.of("callId", call.id()));
        return views.forEntrant(List.of(entry)).get(0);
    }

    /** The secretariat's decision on an entry's eligibility; one found ineligible needs a reason. */
    @Transactional
    public EntrySummary screen(CurrentUser user, long id, EntryStatus decision, String note) {
        AwardEntry entry = require(id);
        AwardCall call = access.requireManager(user, entry.callId());
        InputCheck check = new InputCheck();
        if (decision != EntryStatus.ELIGIBLE && decision != EntryStatus.INELIGIBLE) {
            check.reject("status", "error.award.screening");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (decision == EntryStatus.INELIGIBLE && reason == null) {
            check.reject("note", "error.award.reasonRequired");
        }
        check.maxLength("note", reason, 2000);
        if (entry.status() == EntryStatus.WITHDRAWN) {
            check.reject("status", "error.award.withdrawn");
        }
        if (call.phase().ordinal() > AwardPhase.SCREENING.ordinal()) {
            // an entry let in or out after the jury was assigned would go unreviewed or leave scores behind
            check.reject("status", "error.award.phase", call.phase());
        }
        check.throwIfAny();
        EntryStatus before = entry.status();
        entry.screen(decision, reason, Instant.now());
        entries.flush();
        accounts.audit(
                user,
                "screen",
                "award-entry",
                id,
                Map.of("status", before),
                Map.of("status", decision, "note", String.valueOf(reason)));
        return views.forSecretariat(List.of(entry)).get(0);
    }

    boolean entrant(CurrentUser user, AwardEntry entry) {
        return (user.id() != null && user.id().equals(entry.enteredBy()))
                || access.editsOrganization(user, entry.nominatedBy());
    }

    /** Every entry of the call, for its secretariat. */
    @Transactional(readOnly = true)
    public List<EntrySummary> ofCall(CurrentUser user, long callId) {
        access.requireManager(user, callId);
        return views.forSecretariat(entries.findByCallIdOrderByIdAsc(callId));
    }

    /** The entries the user entered or nominated (for an organization they edit). */
    @Transactional(readOnly = true)
    public List<EntrySummary> mine(CurrentUser user, long callId) {
        if (!user.signedIn()) {
            return List.of();
        }
        return views.forEntrant(entries.findByCallIdOrderByIdAsc(callId).stream()
                .filter(e -> entrant(user, e))
                .toList());
    }

    /** The published winners of the call, best first; empty until the results are published. */
    @Transactional(readOnly = true)
    public List<EntrySummary> winners(long callId) {
        return views.full(entries.findByCallIdAndPublishedTrueOrderByPlaceAscIdAsc(callId));
    }

    /** An entry, to whoever may see it: its entrant, the secretariat, its jurors (blind when the phase is), everyone once it won. */
    @Transactional(readOnly = true)
    public EntrySummary get(CurrentUser user, long id) {
        AwardEntry entry = require(id);
        AwardCall call = access.call(entry.callId());
        EntryViews.Reader reader =
                reader(user, entry, call).orElseThrow(() -> new NotFoundException("Award entry", id));
        return views.as(reader, call, List.of(entry)).get(0);
    }

    /**
     * Who the user is to the entry, if they may read it at all. The chair reads every entry, the
     * other jurors those assigned to them once the assignments are published.
     */
    Optional<EntryViews.Reader> reader(CurrentUser user, AwardEntry entry, AwardCall call) {
        if (access.manages(user, call)) {
            return Optional.of(EntryViews.Reader.SECRETARIAT);
        }
        if (entrant(user, entry)) {
            return Optional.of(EntryViews.Reader.ENTRANT);
        }
        if (access.jurorOf(user, call.id())
                .filter(j -> j.chair() || views.assignedTo(call, j, entry.id()))
                .isPresent()) {
            return Optional.of(EntryViews.Reader.JUROR);
        }
        return entry.published() ? Optional.of(EntryViews.Reader.PUBLIC) : Optional.empty();
    }

    AwardEntry require(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("Award entry", id));
    }

    /** The ids of the people and organizations among the entries, for loading their labels at once. */
    static Set<Long> organizationIds(Collection<AwardEntry> list) {
        return list.stream()
                .map(AwardEntry::organizationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    static Set<Long> personIds(Collection<AwardEntry> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(e -> ids.addAll(e.peopleSet()));
        return ids;
    }
}
