package org.vocbridge.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * Names the record a role is held for (an alliance, an organization, a person), so that admins see
 * names instead of numbers. The modules that own those records provide it; accounts does not
 * depend on them.
 */
public interface RoleScopes {

    /** The record's name in the reader's language, or empty when there is no such record. */
    Optional<String> name(Role role, long scopeId, Locale locale);
}
