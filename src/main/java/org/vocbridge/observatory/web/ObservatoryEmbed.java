package org.vocbridge.observatory.web;

import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * One chart of an indicator on a page of its own, for other sites to embed: its URL says what it
 * shows (and, with asOf, as published when), so a citation keeps showing the same figures.
 */
@Controller
@RequiredArgsConstructor
class ObservatoryEmbed {

    static final Set<String> TYPES = Set.of("lines", "bar", "map");

    private final Indicators indicators;
    private final ObservatoryData data;
    private final IndicatorCharts charts;
    private final TaxonomyApi taxonomy;

    @GetMapping("/embed/observatory/{code}/{type}")
    String chart(
            @PathVariable String code,
            @PathVariable String type,
            ObservationParams params,
            Locale locale,
            Model model) {
        if (!TYPES.contains(type)) {
            throw new NotFoundException("Chart", type);
        }
        IndicatorSummary indicator = indicators.get(code);
        IndicatorView view = IndicatorView.of(indicator, params);
        ObservationFilter filter = view.filter(indicator);
        data.check(filter);
        charts.add(model, indicator, view, data.list(filter), locale);
        model.addAttribute("type", type);
        model.addAttribute("pageQuery", view.query());
        return "observatory/chart";
    }

    /** A country's profile (its latest figures) on a page of its own, for other sites to embed. */
    @GetMapping("/embed/observatory/countries/{country}")
    String countryProfile(@PathVariable String country, Model model) {
        String code = taxonomy.requireCountry(country);
        model.addAttribute("country", code);
        model.addAttribute("profile", CountryProfile.of(indicators.all(), data, code));
        return "observatory/country-embed";
    }
}
