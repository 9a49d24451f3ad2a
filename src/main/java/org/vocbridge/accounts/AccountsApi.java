package org.vocbridge.accounts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.domain.AuditEntry;
import org.vocbridge.accounts.domain.AuditEntryRepository;
import org.vocbridge.accounts.domain.RoleGrant;
import org.vocbridge.accounts.domain.RoleGrantRepository;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules ask of accounts: may this user act for that record, and the audit log of
 * their writes.
 */
@Service
public class AccountsApi {

    private final RoleGrantRepository grants;
    private final AuditEntryRepository audit;
    private final JsonMapper json;

    AccountsApi(RoleGrantRepository grants, AuditEntryRepository audit, JsonMapper json) {
        this.grants = grants;
        this.audit = audit;
        this.json = json;
    }

    /** Whether the user holds the role for the record (admins hold every role). */
    @Transactional(readOnly = true)
    public boolean holds(CurrentUser user, Role role, long scopeId) {
        return user.signedIn() && (user.admin() || grants.existsByUserIdAndRoleAndScopeId(user.id(), role, scopeId));
    }

    /** Throws unless the user holds the role for the record (or is an admin). */
    public void require(CurrentUser user, Role role, long scopeId) {
        user.requireSignedIn();
        if (!holds(user, role, scopeId)) {
            throw new AccessDeniedException(role + " of " + scopeId + " required");
        }
    }

    /** The ids of the records for which the user holds the role. */
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

    /** Users who hold the role for the record, by id. */
    @Transactional(readOnly = true)
    public List<Long> holders(Role role, long scopeId) {
        return grants.findByRoleAndScopeId(role, scopeId).stream()
                .map(RoleGrant::userId)
                .toList();
    }

    /**
     * Records a write in the audit log, in the writer's transaction: if the write is rolled back,
     * so is its entry.
     *
     * @param before the record before the write (a summary record), null for a creation
     * @param after the record after the write, null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void audit(
            CurrentUser user, String action, String recordType, Object recordId, Object before, Object after) {
        audit.save(new AuditEntry(
                user.username(),
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }
}
