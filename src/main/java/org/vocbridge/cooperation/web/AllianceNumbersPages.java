package org.vocbridge.cooperation.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.vocbridge.cooperation.domain.AllianceNumbers;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.web.ChartData;
import org.vocbridge.shared.web.Downloads;
import org.vocbridge.shared.web.EmbedCode;
import org.vocbridge.shared.web.HtmlToPdf;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.TaxonomyApi;
import tools.jackson.databind.json.JsonMapper;

/** An alliance in numbers (charts computed from the records) and its annual report, as a page and a PDF. */
@Controller
@RequiredArgsConstructor
class AllianceNumbersPages {

    private final AllianceNumbers numbers;
    private final TaxonomyApi taxonomy;
    private final Texts texts;
    private final MessageSource messages;
    private final JsonMapper json;
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final HtmlToPdf pdf;
    private final EmbedCode embed;

    /** Each chart of the page by name, with its kind of chart and its caption's message. */
    record Chart(String type, String caption) {}

    static final Map<String, Chart> CHARTS = chartsInOrder();

    private static Map<String, Chart> chartsInOrder() {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("membersByCountry", new Chart("bar", "alliance.byCountry"));
        charts.put("membersByKind", new Chart("pie", "alliance.byKind"));
        charts.put("membersMap", new Chart("map", "alliance.map"));
        charts.put("byType", new Chart("bar", "numbers.byType"));
        charts.put("byStatus", new Chart("pie", "numbers.byStatus"));
        charts.put("byYear", new Chart("bars", "numbers.byYear"));
        charts.put("byCountry", new Chart("bar", "numbers.byCountry"));
        charts.put("figures", new Chart("bars", "numbers.figures"));
        charts.put("byOutput", new Chart("bar", "numbers.byOutput"));
        return Collections.unmodifiableMap(charts);
    }

    @GetMapping("/alliances/{id}/numbers")
    String dashboard(@PathVariable long id, Locale locale, Model model) {
        AllianceNumbers.Dashboard d = numbers.dashboard(id);
        model.addAttribute("d", d);
        model.addAllAttributes(charts(d, locale));
        String alliance = d.alliance().name().resolve(locale).text();
        Map<String, String> embeds = new LinkedHashMap<>();
        CHARTS.forEach((name, chart) -> embeds.put(
                name,
                embed.iframe(
                        "/embed/alliances/" + id + "/numbers/" + name,
                        alliance + " · " + message(chart.caption(), locale))));
        model.addAttribute("embeds", embeds);
        model.addAttribute("thisYear", Year.now().getValue());
        return "cooperation/numbers";
    }

    /** One of the page's charts on a page of its own, for other sites to embed. */
    @GetMapping("/embed/alliances/{id}/numbers/{chart}")
    String embedded(@PathVariable long id, @PathVariable String chart, Locale locale, Model model) {
        Chart shown = CHARTS.get(chart);
        if (shown == null) {
            throw new NotFoundException("Chart", chart);
        }
        AllianceNumbers.Dashboard d = numbers.dashboard(id);
        Object values = charts(d, locale).get(chart);
        model.addAttribute(
                "caption", d.alliance().name().resolve(locale).text() + " · " + message(shown.caption(), locale));
        model.addAttribute("type", shown.type());
        model.addAttribute(shown.type().equals("map") ? "tileMap" : "values", values);
        model.addAttribute("demo", d.includesDemo());
        model.addAttribute("source", "/alliances/" + id + "/numbers");
        return "layout/chart-embed";
    }

    /** Every chart's data by its name in {@link #CHARTS}, labelled in the reader's language. */
    private Map<String, Object> charts(AllianceNumbers.Dashboard d, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("membersByCountry", chart(d.membersByCountry(), texts::country));
        charts.put("membersByKind", chart(d.membersByKind(), k -> message("organization.kind." + k, locale)));
        charts.put("membersMap", taxonomy.tileMap(d.membersByCountry(), List.of(), locale));
        charts.put("byStatus", chart(d.agreementsByStatus(), s -> message("agreement.status." + s, locale)));
        charts.put("byType", chart(d.agreementsByType(), t -> message("agreement.type." + t, locale)));
        charts.put("byYear", byYear(d.agreementsByYear(), locale));
        charts.put("byCountry", chart(d.agreementsByCountry(), texts::country));
        charts.put("byOutput", chart(d.outputsByKind(), k -> message("output.kind." + k, locale)));
        List<String> years =
                d.figuresByYear().stream().map(f -> String.valueOf(f.year())).toList();
        charts.put(
                "figures",
                json.writeValueAsString(ChartData.of(
                        years,
                        List.of(
                                series(
                                        "report.studentsEnrolled",
                                        d,
                                        AllianceNumbers.YearFigures::studentsEnrolled,
                                        locale),
                                series("report.graduates", d, AllianceNumbers.YearFigures::graduates, locale),
                                series(
                                        "report.teachersTrained",
                                        d,
                                        AllianceNumbers.YearFigures::teachersTrained,
                                        locale)))));
        return charts;
    }

    private ChartData.Series series(
            String code,
            AllianceNumbers.Dashboard d,
            ToLongFunction<AllianceNumbers.YearFigures> value,
            Locale locale) {
        return new ChartData.Series(
                message(code, locale),
                d.figuresByYear().stream().map(f -> value.applyAsLong(f)).toList());
    }

    private <K> String chart(Map<K, Long> counts, Function<K, String> label) {
        return json.writeValueAsString(ChartData.labelled(counts, label));
    }

    /** Agreements signed in each year from the first to this one, years without any as zero (never one lone bar). */
    private String byYear(Map<Integer, Long> counts, Locale locale) {
        int first =
                counts.keySet().stream().min(Integer::compare).orElse(Year.now().getValue());
        int last = Math.max(
                Year.now().getValue(),
                counts.keySet().stream().max(Integer::compare).orElse(first));
        List<String> years = new java.util.ArrayList<>();
        List<Long> values = new java.util.ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(String.valueOf(year));
            values.add(counts.getOrDefault(year, 0L));
        }
        return json.writeValueAsString(
                ChartData.of(years, List.of(new ChartData.Series(message("numbers.agreements", locale), values))));
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    @GetMapping("/alliances/{id}/annual-report")
    String annualReport(
            @PathVariable long id, @RequestParam(required = false) Integer year, Locale locale, Model model) {
        int chosen = year == null ? Year.now().getValue() - 1 : year;
        model.addAttribute("report", numbers.annualReport(id, chosen));
        model.addAttribute("years", years());
        return "cooperation/annual-report";
    }

    /** The annual report as a PDF in the reader's language, with its fonts embedded. */
    @GetMapping("/alliances/{id}/annual-report.pdf")
    ResponseEntity<byte[]> annualReportPdf(
            @PathVariable long id, @RequestParam(required = false) Integer year, Locale locale) {
        int chosen = year == null ? Year.now().getValue() - 1 : year;
        Context page = new Context(locale);
        page.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        page.setVariable("report", numbers.annualReport(id, chosen));
        page.setVariable("fonts", pdf.fontFamilies());
        page.setVariable("lang", locale.toLanguageTag());
        String xhtml = templates.process("cooperation/annual-report-pdf", page);
        try {
            byte[] document = pdf.render(xhtml, xhtml);
            return Downloads.inline(
                    "annual-report-" + id + "-" + chosen + "-" + locale.getLanguage() + ".pdf",
                    MediaType.APPLICATION_PDF,
                    document);
        } catch (HtmlToPdf.MissingFontException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body(message("error.pdf.font", locale).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = Year.now().getValue(); y >= 2015; y--) {
            years.add(y);
        }
        return years;
    }
}
