package org.vocbridge.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.MemberCounts;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipStatus;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Memberships of alliances: applications by organization editors, decisions by the secretariat
 * (with reasons and a kept history), roles, and member counts.
 */
@Service
@RequiredArgsConstructor
public class Memberships {

    private final MembershipRepository memberships;
    private final Alliances alliances;
    private final Organizations organizations;
    private final AccountsApi accounts;

    @Transactional(readOnly = true)
    public List<MembershipSummary> of(long allianceId) {
        alliances.require(allianceId);
        return memberships.findByAlliance(allianceId).stream()
                .map(Membership::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MembershipSummary> ofOrganization(long organizationId) {
        return memberships.findByOrganization(organizationId).stream()
                .map(Membership::summary)
                .toList();
    }

    /** The alliances that any of the organizations belongs to now. */
    @Transactional(readOnly = true)
    public Set<Long> currentAlliancesOf(Collection<Long> organizationIds) {
        Set<Long> alliances = new TreeSet<>();
        organizationIds.forEach(id -> memberships.findByOrganization(id).stream()
                .filter(m -> m.status().isMember())
                .forEach(m -> alliances.add(m.alliance().id())));
        return alliances;
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
                        () -> new EnumMap<>(OrganizationKind.class),
                        Collectors.counting()));
        return new MemberCounts(current.size(), byCountry, byKind);
    }

    /** An organization's editor applies for it to join the alliance. */
    @Transactional
    public MembershipSummary apply(
            CurrentUser actor, long allianceId, long organizationId, MembershipRole role, String note) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, organizationId);
        Alliance alliance = alliances.require(allianceId);
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
        membership.note(DraftChecks.trim(note));
        return saved(actor, "apply", membership);
    }

    /** The secretariat adds a member directly, for example a founding member. */
    @Transactional
    public MembershipSummary addMember(
            CurrentUser actor, long allianceId, long organizationId, MembershipRole role, LocalDate joinedOn) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Alliance alliance = alliances.require(allianceId);
        Organization organization = organizations.find(organizationId).orElse(null);
        if (organization == null) {
            new InputCheck()
                    .reject("organizationId", "error.organization.unknown")
                    .throwIfAny();
        }
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
        return saved(actor, "add", membership);
    }

    private MembershipSummary saved(CurrentUser actor, String action, Membership membership) {
        memberships.save(membership);
        MembershipSummary after = membership.summary();
        accounts.audit(actor, action, "membership", membership.id(), null, after);
        return after;
    }

    /** The secretariat decides: approve, activate, reject or suspend (with a reason), end. */
    @Transactional
    public MembershipSummary decide(
            CurrentUser actor, long allianceId, long membershipId, MembershipStatus next, String reason, Long version) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Membership membership = require(allianceId, membershipId);
        if (version != null && membership.version() != version) {
            throw new ConcurrentEditException("Membership", membershipId);
        }
        InputCheck check = new InputCheck().maxLength("reason", reason, 2000);
        if (next == null || !membership.status().canMoveTo(next)) {
            check.reject("status", "error.membership.transition", membership.status(), next);
        } else if (next.needsReason() && DraftChecks.trim(reason) == null) {
            check.reject("reason", "error.membership.reason");
        }
        check.throwIfAny();
        MembershipSummary before = membership.summary();
        membership.move(next, actor.username(), DraftChecks.trim(reason), LocalDate.now());
        return changed(actor, "decide", membership, before);
    }

    /** The secretariat changes a member's role, for example from member to observer. */
    @Transactional
    public MembershipSummary changeRole(CurrentUser actor, long allianceId, long membershipId, MembershipRole role) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Membership membership = require(allianceId, membershipId);
        new InputCheck().require("role", role).throwIfAny();
        MembershipSummary before = membership.summary();
        membership.changeRole(role);
        return changed(actor, "role", membership, before);
    }

    private MembershipSummary changed(
            CurrentUser actor, String action, Membership membership, MembershipSummary before) {
        memberships.flush();
        MembershipSummary after = membership.summary();
        accounts.audit(actor, action, "membership", membership.id(), before, after);
        return after;
    }

    private Membership require(long allianceId, long membershipId) {
        return memberships
                .findById(membershipId)
                .filter(m -> m.alliance().id() == allianceId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
    }
}
