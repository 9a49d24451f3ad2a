package org.vocbridge.observatory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which published values to read.
 *
 * @param indicators indicator codes; empty for all
 * @param countries country codes; empty for all (or for the group's)
 * @param group a country group's code: its members today
 * @param from the first year, or null
 * @param to the last year, or null
 * @param breakdown {@code total} for totals only, a breakdown key such as {@code sex=F} for that
 *     part only, or null for every breakdown
 * @param asOf the values as they were published at that moment (for a citation), or null for now
 */
public record ObservationFilter(
        List<String> indicators,
        Set<String> countries,
        String group,
        Integer from,
        Integer to,
        String breakdown,
        Instant asOf) {

    public ObservationFilter {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }
}
