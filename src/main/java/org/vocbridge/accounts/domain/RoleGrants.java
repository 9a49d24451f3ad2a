package org.vocbridge.accounts.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.UserSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** Who holds which role for which record: the checks every module's writes go through. */
@Service
@RequiredArgsConstructor
public class RoleGrants {

    private final RoleGrantRepository grants;
    private final Users users;
    private final AuditTrail audit;

    @Transactional(readOnly = true)
    public boolean holds(CurrentUser user, Role role, long scopeId) {
        return user.signedIn() && (user.admin() || grants.existsByUserIdAndRoleAndScopeId(user.id(), role, scopeId));
    }

    public void require(CurrentUser user, Role role, long scopeId) {
        user.requireSignedIn();
        if (!holds(user, role, scopeId)) {
            throw new AccessDeniedException(role + " of " + scopeId + " required");
        }
    }

    @Transactional(readOnly = true)
    public Set<Long> scopes(CurrentUser user, Role role) {
        if (!user.signedIn()) {
            return Set.of();
        }
        return grants.findByUserIdOrderByRoleAscScopeIdAsc(user.id()).stream()
                .filter(g -> g.role() == role)
                .map(RoleGrant::scopeId)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public List<UserSummary> holders(Role role, long scopeId) {
        return grants.findByRoleAndScopeId(role, scopeId).stream()
                .map(g -> users.get(g.userId()))
                .toList();
    }

    /** A platform admin grants a role. */
    @Transactional
    public UserSummary grant(CurrentUser actor, long userId, Role role, long scopeId) {
        actor.requireAdmin();
        return grantChecked(actor, userId, role, scopeId);
    }

    /** Grants a role for a caller that has checked the actor's right itself. */
    @Transactional
    public UserSummary grantChecked(CurrentUser actor, long userId, Role role, long scopeId) {
        new InputCheck().require("role", role).throwIfAny();
        UserAccount user = users.require(userId);
        if (!grants.existsByUserIdAndRoleAndScopeId(userId, role, scopeId)) {
            UserSummary before = users.summary(user);
            grants.save(new RoleGrant(userId, role, scopeId, actor.username()));
            audit.record(actor, "grant", "user", userId, before, users.summary(user));
        }
        return users.summary(user);
    }

    /** A platform admin ends a grant. */
    @Transactional
    public UserSummary revoke(CurrentUser actor, long userId, long grantId) {
        actor.requireAdmin();
        UserAccount user = users.require(userId);
        RoleGrant grant = grants.findById(grantId)
                .filter(g -> g.userId() == userId)
                .orElseThrow(() -> new NotFoundException("Grant", grantId));
        UserSummary before = users.summary(user);
        grants.delete(grant);
        grants.flush();
        UserSummary after = users.summary(user);
        audit.record(actor, "revoke", "user", userId, before, after);
        return after;
    }

    /** Ends a role for a caller that has checked the actor's right itself. */
    @Transactional
    public void revokeChecked(CurrentUser actor, long userId, Role role, long scopeId) {
        grants.findByRoleAndScopeId(role, scopeId).stream()
                .filter(g -> g.userId() == userId)
                .findFirst()
                .ifPresent(grant -> {
                    UserAccount user = users.require(userId);
                    UserSummary before = users.summary(user);
                    grants.delete(grant);
                    grants.flush();
                    audit.record(actor, "revoke", "user", userId, before, users.summary(user));
                });
    }
}
