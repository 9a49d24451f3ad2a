package org.vocbridge.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.accounts.domain.AuditTrail;
import org.vocbridge.accounts.domain.RoleGrants;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.shared.security.CurrentUser;

/**
 * What other modules ask of accounts: may this user act for that record, who holds a role, and the
 * audit log of their writes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountsApi {

    private final RoleGrants grants;
    private final Users users;
    private final AuditTrail audit;

    /** Whether the user holds the role for the record (admins hold every role). */
    public boolean holds(CurrentUser user, Role role, long scopeId) {
        return grants.holds(user, role, scopeId);
    }

    /** Throws unless the user holds the role for the record (or is an admin). */
    public void require(CurrentUser user, Role role, long scopeId) {
        grants.require(user, role, scopeId);
    }

    /** The ids of the records for which the user holds the role. */
    public Set<Long> scopes(CurrentUser user, Role role) {
        return grants.scopes(user, role);
    }

    /** The users who hold the role for the record. */
    public List<UserSummary> holders(Role role, long scopeId) {
        return grants.holders(role, scopeId);
    }

    /** The user with this name (any case), if there is one. */
    public Optional<UserSummary> user(String username) {
        return users.findByUsername(username);
    }

    /** How a user is shown to others: their display name, never the name they sign in with. */
    public String displayName(String username) {
        return username == null
                ? null
                : user(username).map(UserSummary::displayName).orElse("");
    }

    /**
     * Grants a role for a caller that has checked the actor's right itself (a creator becoming the
     * editor of what they created, an admin appointing a data steward).
     */
    public UserSummary grant(CurrentUser actor, long userId, Role role, long scopeId) {
        return grants.grantChecked(actor, userId, role, scopeId);
    }

    /** Ends a role, for a caller that has checked the actor's right itself; nothing when it is not held. */
    public void revoke(CurrentUser actor, long userId, Role role, long scopeId) {
        grants.revokeChecked(actor, userId, role, scopeId);
    }

    /**
     * Records a write in the audit log, in the writer's transaction: if the write is rolled back, so
     * is its entry.
     *
     * @param before the record before the write (a summary record), null for a creation
     * @param after the record after the write, null for a deletion
     */
    public void audit(
            CurrentUser user, String action, String recordType, Object recordId, Object before, Object after) {
        audit.record(user, action, recordType, recordId, before, after);
    }
}
