package org.vocbridge.ventures.domain;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who keeps a venture: the person who registered it, the editors of its own organization and of
 * its college in the directory, and admins. Everyone reads it. The rights are read on every write,
 * so a right taken away counts at once.
 */
@Component
@RequiredArgsConstructor
class VentureAccess {

    private final AccountsApi accounts;

    boolean canEdit(CurrentUser user, Venture venture) {
        if (!user.signedIn()) {
            return false;
        }
        if (user.admin() || venture.isOwnedBy(user.id())) {
            return true;
        }
        Set<Long> edits = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        return (venture.organizationId() != null && edits.contains(venture.organizationId()))
                || (venture.collegeId() != null && edits.contains(venture.collegeId()));
    }

    void requireKeeper(CurrentUser user, Venture venture) {
        user.requireSignedIn();
        if (!canEdit(user, venture)) {
            throw new AccessDeniedException("Not a keeper of the venture");
        }
    }
}
