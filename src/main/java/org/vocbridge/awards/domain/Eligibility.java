package org.vocbridge.awards.domain;

import java.util.Set;

/**
 * Who may be entered in a call, besides its dates.
 *
 * @param countries the countries (ISO 3166-1) entries may come from; empty for any
 * @param membersOnly whether the entry's organization must be a current member of the call's alliance
 */
public record Eligibility(Set<String> countries, Boolean membersOnly) {

    public Eligibility {
        countries = countries == null
                ? Set.of()
                : countries.stream()
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        membersOnly = membersOnly != null && membersOnly;
    }
}
