package org.vocbridge.directory.domain;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.AllianceName;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.ChairTermSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** Alliances: their profiles, kept by the secretariat, and the rotating chair with its handover log. */
@Service
@RequiredArgsConstructor
public class Alliances {

    private final EntityManager entityManager;
    private final AllianceRepository alliances;
    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final AccountsApi accounts;
    private final DraftChecks checks;

    /** Every alliance, by name in the reader's language. */
    @Transactional(readOnly = true)
    public List<AllianceSummary> list(Locale locale) {
        Map<Long, Long> counts = memberships.memberCounts();
        return alliances.findAll(Sort.by("id")).stream()
                .map(a -> a.summary(counts.getOrDefault(a.id(), 0L)))
                .sorted(Comparator.comparing(a -> a.name().in(locale), Collator.getInstance(locale)))
                .toList();
    }

    /**
     * Every alliance's name, sorted in the reader's language, from the search index without a
     * database connection: the choices of list filters, which every list page shows.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<AllianceName> names(Locale locale) {
        return Search.session(entityManager)
                .search(Alliance.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("name_json", String.class))
                        .as((id, name) -> new AllianceName(id, LocalizedTextBinder.fromJson(name))))
                .where(f -> f.matchAll())
                .sort(f -> LocalizedTextBinder.sortByName(f, locale))
                .fetchHits(MAX_ALLIANCES);
    }

    /** More alliances than a filter's choices would ever show. */
    private static final int MAX_ALLIANCES = 1_000;

    @Transactional(readOnly = true)
    public AllianceSummary get(long id) {
        return require(id).summary();
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return alliances.existsById(id);
    }

    public boolean canManage(CurrentUser user, long allianceId) {
        return accounts.holds(user, Role.ALLIANCE_SECRETARIAT, allianceId);
    }

    @Transactional
    public AllianceSummary create(CurrentUser actor, AllianceDraft draft) {
        actor.requireAdmin();
        check(draft);
        Alliance alliance = alliances.save(new Alliance(draft));
        AllianceSummary after = alliance.summary();
        accounts.audit(actor, "create", "alliance", alliance.id(), null, after);
        return after;
    }

    @Transactional
    public AllianceSummary update(CurrentUser actor, long id, AllianceDraft draft) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, id);
        Alliance alliance = require(id);
        InputCheck.requireVersion(draft.version());
        if (!alliance.isVersion(draft.version())) {
            throw new ConcurrentEditException("Alliance", id);
        }
        check(draft);
        AllianceSummary before = alliance.summary();
        alliance.update(draft);
        alliances.flush();
        AllianceSummary after = alliance.summary();
        accounts.audit(actor, "update", "alliance", id, before, after);
        return after;
    }

    private void check(AllianceDraft draft) {
        InputCheck check = new InputCheck();
        checks.name(check, "name", draft.name());
        check.maxLength("acronym", draft.acronym(), 40);
        check.localized("description", draft.description(), DraftChecks.TEXT_MAX);
        check.localized("foundedPlace", draft.foundedPlace(), 200);
        checks.country(check, "country", draft.country(), false);
        checks.website(check, draft.website());
        if (draft.foundedOn() != null
                && draft.foundedOn().isAfter(LocalDate.now().plusYears(1))) {
            check.reject("foundedOn", "error.date.future");
        }
        if (draft.secretariatOrganizationId() != null && !organizations.existsById(draft.secretariatOrganizationId())) {
            check.reject("secretariatOrganizationId", "error.organization.unknown");
        }
        check.throwIfAny();
    }

    @Transactional(readOnly = true)
    public List<ChairTermSummary> chairTerms(long allianceId) {
        return require(allianceId).chairTerms().stream().map(ChairTerm::summary).toList();
    }

    /** The secretariat records a handover of the rotating chair to a member organization. */
    @Transactional
    public ChairTermSummary handOverChair(
            CurrentUser actor, long allianceId, long organizationId, LocalDate from, LocalDate to, String note) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Alliance alliance = require(allianceId);
        InputCheck check = new InputCheck().require("from", from).maxLength("note", note, 2000);
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("to", "error.dates.order");
        }
        boolean member = memberships
                .findOpen(allianceId, organizationId)
                .filter(m -> m.status().isMember())
                .isPresent();
        if (!member) {
            check.reject("organizationId", "error.chair.notMember");
        }
        check.throwIfAny();
        List<ChairTermSummary> before = chairTerms(allianceId);
        ChairTerm term = alliance.handOverChair(
                organizations.getReferenceById(organizationId), from, to, DraftChecks.trim(note), actor.username());
        alliances.flush();
        ChairTermSummary after = term.summary();
        accounts.audit(actor, "chair", "alliance", allianceId, before, after);
        return after;
    }

    Alliance require(long id) {
        return alliances.findById(id).orElseThrow(() -> new NotFoundException("Alliance", id));
    }
}
