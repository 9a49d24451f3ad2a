package org.vocbridge.observatory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.taxonomy.TaxonomyApi;
import tools.jackson.databind.json.JsonMapper;

/** The figures of an indicator's charts (over time, by country, on the tile map) for a page or an embedded chart. */
@Component
@RequiredArgsConstructor
class IndicatorCharts {

    private final ObservatoryData data;
    private final JsonMapper json;
    private final TaxonomyApi taxonomy;

    /** The charts' figures as the page's scripts read them (data-values). */
    void add(Model model, IndicatorSummary indicator, IndicatorView view, List<ObservationRow> rows, Locale locale) {
        var series = data.series(rows, locale);
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("labels", series.years().stream().map(String::valueOf).toList());
        lines.put(
                "series",
                series.lines().stream()
                        .map(l -> Map.of("name", l.name(), "values", l.values()))
                        .toList());
        var comparison = data.comparison(rows, view.year(), locale);
        Map<String, Object> bars = new LinkedHashMap<>();
        bars.put(
                "labels",
                comparison.bars().stream()
                        .map(ObservatoryData.Comparison.Bar::name)
                        .toList());
        bars.put(
                "values",
                comparison.bars().stream()
                        .map(ObservatoryData.Comparison.Bar::value)
                        .toList());
        Map<String, java.math.BigDecimal> values = new LinkedHashMap<>();
        comparison.bars().forEach(b -> values.put(b.country(), b.value()));
        // the countries chosen, or the group's, also show where they have no value
        var shown = view.countries().isEmpty() && view.group() != null
                ? taxonomy.countriesInGroup(view.group())
                : view.countries();
        model.addAttribute("indicator", indicator);
        model.addAttribute("view", view);
        model.addAttribute(
                "breakdownLabel",
                view.breakdown() == null ? "" : indicator.label(Breakdown.parse(view.breakdown()), locale));
        model.addAttribute("linesChart", json.writeValueAsString(lines));
        model.addAttribute("barChart", json.writeValueAsString(bars));
        model.addAttribute("tileMap", taxonomy.tileMap(values, new java.util.TreeSet<>(shown), locale));
        model.addAttribute("comparisonYear", comparison.year());
        model.addAttribute("hasData", !rows.isEmpty());
    }
}
