package org.vocbridge.events.domain;

import java.util.Locale;
import java.util.Map;

/**
 * A delegation as its event's organizers write it.
 *
 * @param country the country it comes from (ISO 3166-1 alpha-2), the default of its members'
 * @param organizationId the organization it comes from, in the directory
 * @param quota how many of its members registration confirms (null: as many as the event has places)
 */
public record DelegationDraft(Map<String, String> name, String country, Long organizationId, Integer quota) {

    public DelegationDraft {
        name = name == null ? Map.of() : name;
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
