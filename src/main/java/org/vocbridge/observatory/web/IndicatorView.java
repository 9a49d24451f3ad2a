package org.vocbridge.observatory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;

/**
 * What an indicator page or an embedded chart shows: a country group or countries, a year to
 * compare, a breakdown (null for the total), a range of years, and the moment of publication to
 * read (null for now).
 */
public record IndicatorView(
        String group, Set<String> countries, Integer year, String breakdown, Integer from, Integer to, Instant asOf) {

    ObservationFilter filter(IndicatorSummary indicator) {
        return new ObservationFilter(
                List.of(indicator.code()), countries, group, from, to, breakdown == null ? "total" : breakdown, asOf);
    }

    /** The query string that brings the same view back (asOf as given). */
    String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "group", group);
        countries.forEach(c -> add(parts, "country", c));
        add(parts, "year", year);
        add(parts, "breakdown", breakdown);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "asOf", asOf);
        return String.join("&", parts);
    }

    /** The download API's query for the same values (every breakdown when {@code allBreakdowns}). */
    String filterQuery(IndicatorSummary indicator, boolean allBreakdowns) {
        List<String> parts = new ArrayList<>();
        add(parts, "indicator", indicator.code());
        add(parts, "group", group);
        countries.forEach(c -> add(parts, "country", c));
        add(parts, "from", from);
        add(parts, "to", to);
        if (!allBreakdowns) {
            add(parts, "breakdown", breakdown == null ? "total" : breakdown);
        }
        add(parts, "asOf", asOf);
        return String.join("&", parts);
    }

    IndicatorView at(Instant moment) {
        return new IndicatorView(group, countries, year, breakdown, from, to, moment);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** The view the parameters ask for; a group when none is named and no countries are: the indicator's first. */
    static IndicatorView of(IndicatorSummary indicator, ObservationParams params) {
        Set<String> countries = params.countries();
        String group = params.chosenGroup() != null
                ? params.chosenGroup()
                : countries.isEmpty() && !indicator.groups().isEmpty()
                        ? indicator.groups().get(0)
                        : null;
        String breakdown = params.chosenBreakdown();
        String key = breakdown == null || breakdown.equals("total")
                ? null
                : Breakdown.parse(breakdown).key();
        return new IndicatorView(group, countries, params.year(), key, params.from(), params.to(), params.asOf());
    }
}
