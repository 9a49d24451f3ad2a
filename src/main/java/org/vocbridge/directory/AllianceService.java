package org.vocbridge.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.domain.Alliance;
import org.vocbridge.directory.domain.AllianceRepository;
import org.vocbridge.directory.domain.Membership;
import org.vocbridge.directory.domain.MembershipRepository;
import org.vocbridge.directory.domain.MembershipRole;
import org.vocbridge.directory.domain.MembershipStatus;
import org.vocbridge.directory.domain.Organization;
import org.vocbridge.directory.domain.OrganizationKind;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Alliances and their memberships: applications by organization editors, decisions by the
 * secretariat (with reasons and a kept history), the rotating chair, and member counts.
 */
@Service
public class AllianceService {

    private final AllianceRepository alliances;
    private final MembershipRepository memberships;
    private final OrganizationService organizations;
    private final AccountsApi accounts;
    private final DraftChecks checks;

    AllianceService(
            AllianceRepository alliances,
            MembershipRepository memberships,
            OrganizationService organizations,
            AccountsApi accounts,
            DraftChecks checks) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.organizations = organizations;
        this.accounts = accounts;
        this.checks = checks;
    }

    /** Members counted by country and by kind; only organizations that belong now count. */
    public record MemberCounts(long total, Map<String, Long> byCountry, Map<OrganizationKind, Long> byKind) {}

    @Transactional(readOnly = true)
    public List<AllianceSummary> list(Locale locale) {
        Map<Long, Long> counts = memberships.memberCounts();
        return alliances.findAll(Sort.by("id")).stream()
                .map(a -> AllianceSummary.of(a, counts.getOrDefault(a.id(), 0L)))
                .sorted(Comparator.comparing(a -> a.name().in(locale), java.text.Collator.getInstance(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    public AllianceSummary get(long id) {
        return AllianceSummary.of(require(id));
    }

    public boolean canManage(CurrentUser user, long allianceId) {
        return accounts.holds(user, Role.ALLIANCE_SECRETARIAT, allianceId);
    }

    @Transactional
    public AllianceSummary create(CurrentUser actor, AllianceDraft draft) {
        actor.requireAdmin();
        check(draft);
        Alliance alliance = new Alliance(LocalizedText.of(draft.name()));
        apply(alliance, draft);
        alliances.save(alliance);
        AllianceSummary after = AllianceSummary.of(alliance);
        accounts.audit(actor, "create", "alliance", alliance.id(), null, after);
        return after;
    }

    @Transactional
    public AllianceSummary update(CurrentUser actor, long id, AllianceDraft draft) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, id);
        Alliance alliance = require(id);
        if (draft.version() == null || !alliance.isVersion(draft.version())) {
            throw new ConcurrentEditException("Alliance", id);
        }
        check(draft);
        AllianceSummary before = AllianceSummary.of(alliance);
        apply(alliance, draft);
        alliances.flush();
        AllianceSummary after = AllianceSummary.of(alliance);
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
        if (draft.secretariatOrganizationId() != null) {
            try {
                organizations.require(draft.secretariatOrganizationId());
            } catch (NotFoundException e) {
                check.reject("secretariatOrganizationId", "error.organization.unknown");
            }
        }
        check.throwIfAny();
    }

    private void apply(Alliance alliance, AllianceDraft draft) {
        alliance.update(
                LocalizedText.of(draft.name()),
                OrganizationService.trim(draft.acronym()),
                LocalizedText.of(draft.description()),
                draft.foundedOn(),
                LocalizedText.of(draft.foundedPlace()),
                OrganizationService.trim(draft.country()),
                OrganizationService.trim(draft.website()),
                draft.secretariatOrganizationId());
    }

    @Transactional(readOnly = true)
    public List<MembershipSummary> memberships(long allianceId) {
        require(allianceId);
        return memberships.findByAlliance(allianceId).stream()
                .map(MembershipSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MembershipSummary> membershipsOf(long organizationId) {
        return memberships.findByOrganization(organizationId).stream()
                .map(MembershipSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public MemberCounts counts(long allianceId) {
        List<Membership> current = memberships.findByAlliance(allianceId).stream()
                .filter(m -> m.status().isMember())
                .toList();
        Map<String, Long> byCountry = current.stream()
                .collect(Collectors.groupingBy(m -> m.organization().country(), TreeMap::new, Collectors.counting()));
        Map<OrganizationKind, Long> byKind = current.stream()
                .collect(Collectors.groupingBy(
                        m -> m.organization().kind(),
                        () -> new java.util.EnumMap<>(OrganizationKind.class),
                        Collectors.counting()));
        return new MemberCounts(current.size(), byCountry, byKind);
    }

    /** An organization's editor applies for it to join the alliance. */
    @Transactional
    public MembershipSummary apply(
            CurrentUser actor, long allianceId, long organizationId, MembershipRole role, String note) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, organizationId);
        Alliance alliance = require(allianceId);
        Organization organization = organizations.require(organizationId);
        InputCheck check = new InputCheck().maxLength("note", note, 2000);
        if (memberships.findOpen(allianceId, organizationId).isPresent()) {
            check.reject("organizationId", "error.membership.exists");
        }
        if (role == MembershipRole.SECRETARIAT || role == MembershipRole.FOUNDING_MEMBER) {
            check.reject("role", "error.membership.role");
        }
        check.throwIfAny();
        Membership membership = new Membership(
                alliance,
                organization,
                role == null ? MembershipRole.MEMBER : role,
                MembershipStatus.APPLIED,
                actor.username());
        membership.note(OrganizationService.trim(note));
        memberships.save(membership);
        MembershipSummary after = MembershipSummary.of(membership);
        accounts.audit(actor, "apply", "membership", membership.id(), null, after);
        return after;
    }

    /** The secretariat adds a member directly, for example a founding member. */
    @Transactional
    public MembershipSummary addMember(
            CurrentUser actor, long allianceId, long organizationId, MembershipRole role, LocalDate joinedOn) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Alliance alliance = require(allianceId);
        Organization organization = organizations.require(organizationId);
        if (memberships.findOpen(allianceId, organizationId).isPresent()) {
            new InputCheck().reject("organizationId", "error.membership.exists").throwIfAny();
        }
        Membership membership = new Membership(
                alliance,
                organization,
                role == null ? MembershipRole.MEMBER : role,
                MembershipStatus.ACTIVE,
                actor.username());
        membership.dates(joinedOn == null ? LocalDate.now() : joinedOn, null);
        memberships.save(membership);
        MembershipSummary after = MembershipSummary.of(membership);
        accounts.audit(actor, "add", "membership", membership.id(), null, after);
        return after;
    }

    /** The secretariat decides: approve, activate, reject or suspend (with a reason), end. */
    @Transactional
    public MembershipSummary decide(
            CurrentUser actor, long allianceId, long membershipId, MembershipStatus next, String reason, Long version) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Membership membership = requireMembership(allianceId, membershipId);
        if (version != null && membership.version() != version) {
            throw new ConcurrentEditException("Membership", membershipId);
        }
        InputCheck check = new InputCheck().maxLength("reason", reason, 2000);
        if (next == null || !membership.status().canMoveTo(next)) {
            check.reject("status", "error.membership.transition", membership.status(), next);
        } else if (next.needsReason() && OrganizationService.blank(reason)) {
            check.reject("reason", "error.membership.reason");
        }
        check.throwIfAny();
        MembershipSummary before = MembershipSummary.of(membership);
        membership.move(next, actor.username(), OrganizationService.trim(reason), LocalDate.now());
        memberships.flush();
        MembershipSummary after = MembershipSummary.of(membership);
        accounts.audit(actor, "decide", "membership", membershipId, before, after);
        return after;
    }

    /** The secretariat changes a member's role, for example from member to observer. */
    @Transactional
    public MembershipSummary changeRole(CurrentUser actor, long allianceId, long membershipId, MembershipRole role) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Membership membership = requireMembership(allianceId, membershipId);
        new InputCheck().require("role", role).throwIfAny();
        MembershipSummary before = MembershipSummary.of(membership);
        membership.changeRole(role);
        memberships.flush();
        MembershipSummary after = MembershipSummary.of(membership);
        accounts.audit(actor, "role", "membership", membershipId, before, after);
        return after;
    }

    private Membership requireMembership(long allianceId, long membershipId) {
        return memberships
                .findById(membershipId)
                .filter(m -> m.alliance().id() == allianceId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
    }

    @Transactional(readOnly = true)
    public List<ChairTermSummary> chairTerms(long allianceId) {
        return require(allianceId).chairTerms().stream()
                .map(ChairTermSummary::of)
                .toList();
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
        var term = alliance.handOverChair(
                organizations.require(organizationId), from, to, OrganizationService.trim(note), actor.username());
        alliances.flush();
        ChairTermSummary after = ChairTermSummary.of(term);
        accounts.audit(actor, "chair", "alliance", allianceId, before, after);
        return after;
    }

    Alliance require(long id) {
        return alliances.findById(id).orElseThrow(() -> new NotFoundException("Alliance", id));
    }
}
