package org.vocbridge.accounts.domain;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.vocbridge.shared.security.UserPrincipal;

/** The signed-in user as Spring Security holds it. */
class AccountPrincipal extends User implements UserPrincipal {

    private final long userId;
    private final boolean admin;
    private final String displayName;

    AccountPrincipal(UserAccount user) {
        super(
                user.username(),
                user.passwordHash(),
                user.enabled(),
                true,
                true,
                true,
                user.admin()
                        ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                        : List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.userId = user.id();
        this.admin = user.admin();
        this.displayName = user.displayName();
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public boolean isAdmin() {
        return admin;
    }

    public String displayName() {
        return displayName;
    }
}
