package org.vocbridge.accounts;

import java.util.List;

/** A user as shown to admins, to the user and to the modules that name role holders. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        boolean admin,
        List<Grant> grants) {

    /** A role held for one record. */
    public record Grant(long id, Role role, long scopeId) {}

    /** The grant of the role for the record, if the user holds it. */
    public java.util.Optional<Grant> grant(Role role, long scopeId) {
        return grants.stream()
                .filter(g -> g.role() == role && g.scopeId() == scopeId)
                .findFirst();
    }
}
