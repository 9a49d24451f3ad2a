package org.vocbridge.observatory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.observatory.domain.ObservatoryData;

/**
 * A country's profile, like UNEVOC's TVET country profiles: for each indicator collected for it,
 * the latest published total, the year before it and the change between them.
 *
 * @param change the change from the previous value in per cent, or null where there is none to compare
 */
record CountryProfile(
        IndicatorSummary indicator,
        int year,
        BigDecimal value,
        Integer previousYear,
        BigDecimal previous,
        BigDecimal change,
        boolean demo) {

    /** The country's profile from the indicators collected for it and their published totals. */
    static List<CountryProfile> of(List<IndicatorSummary> all, ObservatoryData data, String country) {
        List<IndicatorSummary> collected =
                all.stream().filter(i -> i.countries().contains(country)).toList();
        if (collected.isEmpty()) {
            return List.of();
        }
        return of(
                collected,
                data.list(new ObservationFilter(
                        collected.stream().map(IndicatorSummary::code).toList(),
                        Set.of(country),
                        null,
                        null,
                        null,
                        "total",
                        null)));
    }

    /** The profile lines, in the indicators' order, from the country's published totals; indicators without any are left out. */
    static List<CountryProfile> of(List<IndicatorSummary> indicators, List<ObservationRow> totals) {
        Map<String, List<ObservationRow>> byIndicator = totals.stream()
                .filter(r -> !r.confidential() && r.value() != null)
                .collect(Collectors.groupingBy(ObservationRow::indicator));
        List<CountryProfile> lines = new ArrayList<>();
        for (IndicatorSummary indicator : indicators) {
            List<ObservationRow> rows = new ArrayList<>(byIndicator.getOrDefault(indicator.code(), List.of()));
            if (rows.isEmpty()) {
                continue;
            }
            rows.sort(Comparator.comparingInt(ObservationRow::year).reversed());
            ObservationRow latest = rows.get(0);
            ObservationRow before = rows.size() > 1 ? rows.get(1) : null;
            BigDecimal change = before == null || before.value().signum() == 0
                    ? null
                    : latest.value()
                            .subtract(before.value())
                            .multiply(BigDecimal.valueOf(100))
                            .divide(before.value().abs(), 1, RoundingMode.HALF_UP);
            lines.add(new CountryProfile(
                    indicator,
                    latest.year(),
                    latest.value(),
                    before == null ? null : before.year(),
                    before == null ? null : before.value(),
                    change,
                    latest.demo()));
        }
        return lines;
    }
}
