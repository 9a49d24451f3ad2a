package org.vocbridge.observatory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.taxonomy.CountryGroupSummary;

/**
 * How current the observatory is, like the UIS data browser's coverage view: for each indicator and
 * country group, the latest year with a published value in any of the group's countries, and how
 * many of the countries it is collected from have a value for that year.
 *
 * @param groups the groups' names in the reader's language, the columns
 */
record DataAvailability(List<String> groups, List<Row> rows) {

    record Row(IndicatorSummary indicator, List<Cell> cells) {}

    /**
     * @param year the latest year with a value in the group, or null when none has one
     * @param reporting how many of the group's countries have a value for that year
     * @param countries how many of the group's countries the indicator is collected from
     */
    record Cell(Integer year, int reporting, int countries) {}

    /** From each indicator's latest year per country ({@code ObservatoryData.latestYears}). */
    static DataAvailability of(
            List<IndicatorSummary> indicators,
            Map<String, Map<String, Integer>> latest,
            List<CountryGroupSummary> groups,
            Locale locale) {
        LocalDate today = LocalDate.now();
        List<Set<String>> members =
                groups.stream().map(g -> Set.copyOf(g.countriesOn(today))).toList();
        List<Row> rows = indicators.stream()
                .map(indicator -> {
                    Map<String, Integer> years = latest.getOrDefault(indicator.code(), Map.of());
                    List<Cell> cells = members.stream()
                            .map(group -> cell(indicator, years, group))
                            .toList();
                    return new Row(indicator, cells);
                })
                .toList();
        return new DataAvailability(
                groups.stream().map(g -> g.name().resolve(locale).text()).toList(), rows);
    }

    private static Cell cell(IndicatorSummary indicator, Map<String, Integer> years, Set<String> group) {
        List<String> collected =
                indicator.countries().stream().filter(group::contains).toList();
        Integer year = collected.stream()
                .map(years::get)
                .filter(y -> y != null)
                .max(Integer::compare)
                .orElse(null);
        int reporting = year == null
                ? 0
                : (int) collected.stream()
                        .filter(c -> year.equals(years.get(c)))
                        .count();
        return new Cell(year, reporting, collected.size());
    }
}
