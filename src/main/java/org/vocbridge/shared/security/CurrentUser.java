package org.vocbridge.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user making the request, or an anonymous reader. Controllers take it as a parameter; the
 * checks of which record a user may change are the modules' own.
 *
 * @param id null for an anonymous reader
 */
public record CurrentUser(Long id, String username, boolean admin) {

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, null, false);

    /** The platform itself, writing without a person behind it (the first admin at start-up). */
    public static final CurrentUser SYSTEM = new CurrentUser(null, "system", true);

    public static CurrentUser fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal p) {
            return new CurrentUser(p.userId(), p.getUsername(), p.isAdmin());
        }
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return id != null;
    }

    public CurrentUser requireSignedIn() {
        if (!signedIn()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first");
        }
        return this;
    }

    public void requireAdmin() {
        requireSignedIn();
        if (!admin) {
            throw new AccessDeniedException("Platform admins only");
        }
    }
}
