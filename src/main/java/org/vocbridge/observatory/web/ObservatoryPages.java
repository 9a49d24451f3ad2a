package org.vocbridge.observatory.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.EmbedCode;
import org.vocbridge.shared.web.PublicAddress;
import org.vocbridge.taxonomy.CountryGroupSummary;
import org.vocbridge.taxonomy.CountrySummary;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The observatory's public pages: an overview (what it covers, how current each indicator is per
 * country group, what the latest releases changed), and its indicators, each with its charts, table
 * and downloads.
 */
@Controller
@RequestMapping("/observatory")
@RequiredArgsConstructor
class ObservatoryPages {

    private final Indicators indicators;
    private final ObservatoryData data;
    private final Releases releases;
    private final CountryStewards stewards;
    private final TaxonomyApi taxonomy;
    private final IndicatorCharts charts;
    private final PublicAddress address;
    private final EmbedCode embed;

    /** How many of the latest published releases the overview lists. */
    static final int LATEST_RELEASES = 5;

    @GetMapping
    String list(CurrentUser user, Locale locale, Model model) {
        List<IndicatorSummary> all = indicators.all();
        model.addAttribute("indicators", all);
        // the overview: how much is covered, and each country's profile under its group
        Set<String> covered = new HashSet<>();
        all.forEach(i -> covered.addAll(i.countries()));
        model.addAttribute("coveredCount", covered.size());
        List<CountryGroupSummary> groups = all.stream()
                .flatMap(i -> i.groups().stream())
                .distinct()
                .map(taxonomy::countryGroup)
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("profiles", countryChoices(covered, groups, locale));
        model.addAttribute("availability", DataAvailability.of(all, data.latestYears(all), groups, locale));
        model.addAttribute("latestReleases", releases.latestPublished(LATEST_RELEASES));
        model.addAttribute("myCountries", stewards.countriesOf(user));
        model.addAttribute("awaiting", user.signedIn() ? releases.awaitingApproval(user) : List.of());
        model.addAttribute("countries", taxonomy.countries());
        return "observatory/indicators";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, ObservationParams params, Locale locale, Model model) {
        IndicatorSummary indicator = indicators.get(code);
        IndicatorView view = IndicatorView.of(indicator, params);
        ObservationFilter filter = view.filter(indicator);
        data.check(filter);
        List<ObservationRow> rows = data.list(filter);
        charts.add(model, indicator, view, rows, locale);
        model.addAttribute("rows", rows);
        List<CountryGroupSummary> groups = indicator.groups().stream()
                .map(taxonomy::countryGroup)
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("breakdowns", indicator.breakdowns());
        model.addAttribute("countryChoices", countryChoices(indicator.countries(), groups, locale));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IndicatorView cited = view.asOf() == null ? view.at(now) : view;
        model.addAttribute("citedQuery", cited.query());
        model.addAttribute("citedAt", cited.asOf());
        model.addAttribute(
                "citedUrl",
                address.of("/observatory/indicators/"
                                + UriUtils.encodePathSegment(indicator.code(), StandardCharsets.UTF_8))
                        + "?" + cited.query());
        // the HTML another site pastes to show each chart, as cited (fixed to today's release)
        String title = indicator.name().resolve(locale).text();
        for (String type : ObservatoryEmbed.TYPES) {
            model.addAttribute(
                    type + "Embed",
                    embed.iframe(
                            "/embed/observatory/" + UriUtils.encodePathSegment(indicator.code(), StandardCharsets.UTF_8)
                                    + "/" + type + "?" + cited.query(),
                            title));
        }
        model.addAttribute("downloadQuery", view.filterQuery(indicator, false));
        model.addAttribute("downloadAllQuery", view.filterQuery(indicator, true));
        model.addAttribute("flags", Flag.values());
        return "observatory/indicator";
    }

    /** Countries under their group's name (a country under the first group listing it). */
    record CountryChoice(String group, List<CountrySummary> countries) {}

    private List<CountryChoice> countryChoices(Set<String> shown, List<CountryGroupSummary> groups, Locale locale) {
        Set<String> placed = new HashSet<>();
        List<CountryChoice> choices = new ArrayList<>();
        List<CountrySummary> all = taxonomy.countries();
        LocalDate today = LocalDate.now();
        for (CountryGroupSummary group : groups) {
            Set<String> members = Set.copyOf(group.countriesOn(today));
            List<CountrySummary> countries = all.stream()
                    .filter(c -> members.contains(c.code()) && shown.contains(c.code()))
                    .filter(c -> placed.add(c.code()))
                    .toList();
            if (!countries.isEmpty()) {
                choices.add(new CountryChoice(group.name().resolve(locale).text(), countries));
            }
        }
        return choices;
    }
}
