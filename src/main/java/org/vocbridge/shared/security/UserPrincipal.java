package org.vocbridge.shared.security;

/** What every module may know of the signed-in user; the accounts module provides it. */
public interface UserPrincipal {

    long userId();

    String getUsername();

    boolean isAdmin();
}
