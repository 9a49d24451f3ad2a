package org.vocbridge.library.domain;

import java.util.HashSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who sees and changes a resource: published public ones everyone; members-only ones the alliance's
 * members; anything under review only its owners' editors and its reviewer (the alliance
 * secretariat, or a platform admin). A resource someone may not see is "not found" to them.
 */
@Service
@RequiredArgsConstructor
public class ResourceAccess {

    private final ResourceRepository resources;
    private final AccountsApi accounts;
    private final DirectoryApi directory;

    /** What a user is to the library: the organizations they edit, the alliances they belong to or run. */
    record Reader(CurrentUser user, Set<Long> editorOf, Set<Long> memberOf, Set<Long> secretariatOf) {

        boolean owns(Resource r) {
            return user.admin() || r.owners().stream().anyMatch(editorOf::contains);
        }

        boolean reviews(Resource r) {
            return user.admin() || (r.allianceId() != null && secretariatOf.contains(r.allianceId()));
        }

        boolean sees(Resource r) {
            if (r.status() == ResourceStatus.PUBLISHED) {
                return r.visibility() == ResourceVisibility.PUBLIC
                        || owns(r)
                        || reviews(r)
                        || (r.allianceId() != null && memberOf.contains(r.allianceId()));
            }
            return owns(r) || reviews(r);
        }
    }

    Reader reader(CurrentUser user) {
        if (!user.signedIn()) {
            return new Reader(user, Set.of(), Set.of(), Set.of());
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> secretariatOf = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        Set<Long> memberOf = new HashSet<>(secretariatOf);
        memberOf.addAll(directory.currentAlliancesOf(editorOf));
        return new Reader(user, editorOf, memberOf, secretariatOf);
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return user.signedIn() && resources.findById(id).map(reader(user)::owns).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canReview(CurrentUser user, long id) {
        return user.signedIn()
                && resources.findById(id).map(reader(user)::reviews).orElse(false);
    }

    /** The resource, if the user may see it; anything else is "not found", so nothing leaks. */
    Resource requireVisible(CurrentUser user, long id) {
        Resource resource = resources.findById(id).orElseThrow(() -> new NotFoundException("Resource", id));
        if (!reader(user).sees(resource)) {
            throw new NotFoundException("Resource", id);
        }
        return resource;
    }

    Resource requireOwned(CurrentUser user, long id) {
        user.requireSignedIn();
        Resource resource = requireVisible(user, id);
        if (!reader(user).owns(resource)) {
            throw new AccessDeniedException("Only the owners' editors change a resource");
        }
        return resource;
    }
}
