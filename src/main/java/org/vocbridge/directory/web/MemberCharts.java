package org.vocbridge.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.MemberCounts;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.directory.domain.Memberships;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.web.ChartData;
import org.vocbridge.shared.web.EmbedCode;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.TaxonomyApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * An alliance's members in charts (by country, by kind, on a map), labelled in the reader's
 * language: on the alliance's page, each with the code to embed it, and each on a page of its own
 * for other sites.
 */
@Controller
@RequiredArgsConstructor
class MemberCharts {

    /** Each chart by name: its kind of chart and its caption's message. */
    record Chart(String type, String caption) {}

    static final Map<String, Chart> CHARTS = Map.of(
            "byCountry", new Chart("bar", "alliance.byCountry"),
            "byKind", new Chart("pie", "alliance.byKind"),
            "map", new Chart("map", "alliance.map"));

    private final Alliances alliances;
    private final Memberships memberships;
    private final MessageSource messages;
    private final Texts texts;
    private final JsonMapper json;
    private final TaxonomyApi taxonomy;
    private final EmbedCode embed;

    /** Adds the charts (countryChart, kindChart, memberMap) and their embed codes (embeds) to the page. */
    void add(AllianceSummary alliance, Locale locale, Model model) {
        Map<String, Object> charts = charts(memberships.counts(alliance.id()), locale);
        model.addAttribute("countryChart", charts.get("byCountry"));
        model.addAttribute("kindChart", charts.get("byKind"));
        model.addAttribute("memberMap", charts.get("map"));
        String name = alliance.name().resolve(locale).text();
        Map<String, String> embeds = new LinkedHashMap<>();
        CHARTS.forEach((chart, shown) -> embeds.put(
                chart,
                embed.iframe(
                        "/embed/alliances/" + alliance.id() + "/members/" + chart,
                        name + " · " + messages.getMessage(shown.caption(), null, locale))));
        model.addAttribute("embeds", embeds);
    }

    @GetMapping("/embed/alliances/{id}/members/{chart}")
    String embedded(@PathVariable long id, @PathVariable String chart, Locale locale, Model model) {
        Chart shown = CHARTS.get(chart);
        if (shown == null) {
            throw new NotFoundException("Chart", chart);
        }
        AllianceSummary alliance = alliances.get(id);
        model.addAttribute(
                "caption",
                alliance.name().resolve(locale).text() + " · " + messages.getMessage(shown.caption(), null, locale));
        model.addAttribute("type", shown.type());
        model.addAttribute(
                shown.type().equals("map") ? "tileMap" : "values",
                charts(memberships.counts(id), locale).get(chart));
        model.addAttribute("demo", alliance.demo());
        model.addAttribute("source", "/alliances/" + id);
        return "layout/chart-embed";
    }

    private Map<String, Object> charts(MemberCounts counts, Locale locale) {
        Function<Object, String> kindName = kind -> messages.getMessage("organization.kind." + kind, null, locale);
        return Map.of(
                "byCountry", chart(counts.byCountry(), texts::country),
                "byKind", chart(counts.byKind(), kindName),
                "map", taxonomy.tileMap(counts.byCountry(), List.of(), locale));
    }

    /** Counts as chart data, labelled in the reader's language. */
    private <K> String chart(Map<K, Long> counts, Function<? super K, String> label) {
        return json.writeValueAsString(ChartData.labelled(counts, label));
    }
}
