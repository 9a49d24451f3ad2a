package org.vocbridge.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Turns a personal API token into the user it belongs to; the accounts module provides it. */
public interface ApiTokenAuthenticator {

    Optional<Authentication> authenticate(String token);
}
