package org.vocbridge.observatory.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vocbridge.observatory.ObservationFilter;

/**
 * Which published values a request asks for, as query parameters: indicator and country (each
 * repeatable), group, from and to (years), year (the one a chart compares), breakdown ({@code total}
 * or a key such as {@code sex=F|age=Y15T19}) and asOf (an instant: as published then).
 */
record ObservationParams(
        List<String> indicator,
        Set<String> country,
        String group,
        Integer from,
        Integer to,
        Integer year,
        String breakdown,
        Instant asOf) {

    Set<String> countries() {
        return country == null
                ? Set.of()
                : country.stream()
                        .filter(c -> !c.isBlank())
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    String chosenGroup() {
        return group == null || group.isBlank() ? null : group.strip();
    }

    String chosenBreakdown() {
        return breakdown == null || breakdown.isBlank() ? null : breakdown;
    }

    ObservationFilter filter() {
        return new ObservationFilter(indicator, countries(), chosenGroup(), from, to, chosenBreakdown(), asOf);
    }
}
