package org.vocbridge.shared.security;

import java.time.Duration;

/**
 * Failed sign-ins, as every application node sees them; the accounts module keeps them. An
 * attempt is keyed by the account name and the address it comes from, so that someone guessing a
 * password from elsewhere never holds up the owner.
 */
public interface SignInAttempts {

    /** How long the next attempt for this name from this address must still wait; zero when none. */
    Duration waitBeforeNext(String username, String address);

    void failed(String username, String address);

    void succeeded(String username, String address);
}
