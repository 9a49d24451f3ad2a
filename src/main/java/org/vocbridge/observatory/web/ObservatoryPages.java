package org.vocbridge.observatory.web;

import java.io.IOException;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.EntrySummary;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.DataEntry;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.observatory.domain.UploadLayout;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.RejectedRowsException;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The observatory's pages: indicators with their charts, table and downloads for everyone; each
 * country's workspace for its data stewards (values by form or file, the open release, submission);
 * releases with their approval.
 */
@Controller
@RequestMapping("/observatory")
class ObservatoryPages {

    private final Indicators indicators;
    private final ObservatoryData data;
    private final Releases releases;
    private final DataEntry entry;
    private final CountryStewards stewards;
    private final TaxonomyApi taxonomy;
    private final IndicatorCharts charts;

    ObservatoryPages(
            Indicators indicators,
            ObservatoryData data,
            Releases releases,
            DataEntry entry,
            CountryStewards stewards,
            TaxonomyApi taxonomy,
            IndicatorCharts charts) {
        this.indicators = indicators;
        this.data = data;
        this.releases = releases;
        this.entry = entry;
        this.stewards = stewards;
        this.taxonomy = taxonomy;
        this.charts = charts;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("indicators", indicators.all());
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
        model.addAttribute(
                "groups",
                indicator.groups().stream()
                        .map(taxonomy::countryGroup)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute("breakdowns", indicator.breakdowns());
        model.addAttribute(
                "countries",
                taxonomy.countries().stream()
                        .filter(c -> indicator.countries().contains(c.code()))
                        .toList());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IndicatorView cited = view.asOf() == null ? view.at(now) : view;
        model.addAttribute("citedQuery", cited.query());
        model.addAttribute("citedAt", cited.asOf());
        model.addAttribute(
                "citedUrl",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequestUri()
                                .replaceQuery(null)
                                .toUriString()
                        + "?" + cited.query());
        model.addAttribute("downloadQuery", view.filterQuery(indicator, false));
        model.addAttribute("downloadAllQuery", view.filterQuery(indicator, true));
        model.addAttribute("flags", Flag.values());
        return "observatory/indicator";
    }

    // ---- a country's workspace

    @GetMapping("/countries/go")
    String goToCountry(@RequestParam String country) {
        return "redirect:/observatory/countries/" + countryCode(country);
    }

    @GetMapping("/countries/{country}")
    String country(@PathVariable String country, CurrentUser user, Model model) {
        String code = countryCode(country);
        return countryPage(code, user, model);
    }

    private String countryPage(String country, CurrentUser user, Model model) {
        boolean writer = stewards.writes(user, country);
        model.addAttribute("country", country);
        model.addAttribute("writer", writer);
        model.addAttribute("releases", releases.releases(user, country));
        ReleaseDetail open = writer ? releases.open(user, country).orElse(null) : null;
        model.addAttribute("open", open);
        model.addAttribute(
                "mayApprove",
                open != null && releases.mayApprove(user, open.release().id()));
        model.addAttribute(
                "indicators",
                indicators.all().stream()
                        .filter(i -> i.countries().contains(country))
                        .toList());
        model.addAttribute("layouts", UploadLayout.values());
        model.addAttribute("thisYear", Year.now().getValue());
        if (!model.containsAttribute("submission")) {
            model.addAttribute(
                    "submission",
                    new SubmissionForm(open == null ? null : open.release().version(), ""));
        }
        return "observatory/country";
    }

    /** The note sent with a release for approval, with the version read. */
    record SubmissionForm(Long version, String changeNote) {}

    @PostMapping("/countries/{country}/upload")
    String upload(
            @PathVariable String country,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "TIDY") UploadLayout layout,
            @RequestParam(defaultValue = "false") boolean dryRun,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String code = countryCode(country);
        stewards.requireWriter(user, code);
        try {
            var report = entry.upload(
                    user,
                    code,
                    file.getInputStream(),
                    Spreadsheet.Format.ofFileName(file.getOriginalFilename()),
                    layout,
                    dryRun);
            if (!report.dryRun()) {
                redirect.addFlashAttribute("uploadReport", report);
                return "redirect:/observatory/countries/" + code;
            }
            model.addAttribute("uploadReport", report);
        } catch (RejectedRowsException e) {
            model.addAttribute("uploadProblems", e.problems());
            model.addAttribute("uploadRows", e.rows());
        } catch (UnreadableSpreadsheetException e) {
            model.addAttribute("uploadError", e.code());
        }
        model.addAttribute("chosenLayout", layout);
        return countryPage(code, user, model);
    }

    @GetMapping("/countries/{country}/values")
    String valuesForm(
            @PathVariable String country,
            @RequestParam String indicator,
            @RequestParam int year,
            CurrentUser user,
            Locale locale,
            Model model) {
        String code = countryCode(country);
        stewards.requireWriter(user, code);
        IndicatorSummary summary = indicators.get(indicator);
        // what the form starts from: the release's values over the published ones
        Map<String, ObservationRow> published = published(indicator, code, year);
        Map<String, EntrySummary> staged = new HashMap<>();
        releases.open(user, code).ifPresent(d -> d.entries().stream()
                .filter(e -> e.indicator().equals(indicator) && e.year() == year)
                .forEach(e -> staged.put(e.breakdown().key(), e)));
        List<ValuesForm.Row> rows = new ArrayList<>();
        for (Breakdown b : summary.breakdowns()) {
            EntrySummary e = staged.get(b.key());
            ObservationRow p = published.get(b.key());
            if (e != null) {
                rows.add(new ValuesForm.Row(
                        b.key(), plain(e.value()), List.copyOf(e.flags()), e.confidential(), e.note(), false));
            } else if (p != null) {
                rows.add(new ValuesForm.Row(
                        b.key(), plain(p.value()), List.copyOf(p.flags()), p.confidential(), p.note(), false));
            } else {
                rows.add(new ValuesForm.Row(b.key(), "", List.of(), false, "", false));
            }
        }
        return valuesPage(code, summary, new ValuesForm(indicator, year, rows), published, locale, model);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String valuesPage(
            String country,
            IndicatorSummary indicator,
            ValuesForm form,
            Map<String, ObservationRow> published,
            Locale locale,
            Model model) {
        model.addAttribute("country", country);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        Map<String, String> labels = new HashMap<>();
        indicator.breakdowns().forEach(b -> labels.put(b.key(), indicator.label(b, locale)));
        model.addAttribute("labels", labels);
        model.addAttribute("published", published);
        model.addAttribute("flags", Flag.values());
        return "observatory/values";
    }

    @PostMapping("/countries/{country}/values")
    String enterValues(
            @PathVariable String country,
            @ModelAttribute("form") ValuesForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String code = countryCode(country);
        stewards.requireWriter(user, code);
        IndicatorSummary indicator = indicators.get(form.indicator());
        for (int i = 0; form.rows() != null && i < form.rows().size(); i++) {
            ValuesForm.Row row = form.rows().get(i);
            if (row != null
                    && !row.withdraw()
                    && row.value() != null
                    && !row.value().isBlank()
                    && ValuesForm.number(row.value()) == null) {
                result.rejectValue(
                        "rows[" + i + "].value", "error.observatory.number", new Object[] {row.value()}, null);
            }
        }
        List<ValuesForm.Indexed> inputs = form.inputs();
        if (!result.hasErrors()) {
            if (inputs.isEmpty()) {
                result.reject("error.observatory.noValues");
            } else {
                try {
                    entry.enter(
                            user,
                            code,
                            inputs.stream().map(ValuesForm.Indexed::input).toList());
                    redirect.addFlashAttribute("notice", "observatory.values.saved");
                    return "redirect:/observatory/countries/" + code;
                } catch (InvalidInputException e) {
                    // the service names values by their place in the list; the page by the form's row
                    List<InvalidInputException.FieldProblem> onRows = e.problems().stream()
                            .map(p -> new InvalidInputException.FieldProblem(
                                    rowField(p.field(), inputs), p.code(), p.args()))
                            .toList();
                    FormErrors.add(result, new InvalidInputException(onRows));
                }
            }
        }
        Map<String, ObservationRow> published =
                form.year() == null ? Map.of() : published(indicator.code(), code, form.year());
        return valuesPage(code, indicator, form, published, locale, model);
    }

    /** The country's published values of the indicator in the year, by breakdown key. */
    private Map<String, ObservationRow> published(String indicator, String country, int year) {
        Map<String, ObservationRow> published = new HashMap<>();
        data.list(new ObservationFilter(List.of(indicator), Set.of(country), null, year, year, null, null))
                .forEach(r -> published.put(r.breakdown().key(), r));
        return published;
    }

    static String rowField(String field, List<ValuesForm.Indexed> inputs) {
        var m = java.util.regex.Pattern.compile("values\\[(\\d+)]\\.(\\w+).*").matcher(field);
        if (!m.matches()) {
            return field;
        }
        int row = inputs.get(Integer.parseInt(m.group(1))).row();
        String part = m.group(2);
        return switch (part) {
            case "value", "note", "flags", "confidential" -> "rows[" + row + "]." + part;
            case "breakdown" -> "rows[" + row + "].value";
            default -> part; // indicator, year: the form's own fields
        };
    }

    // ---- releases

    @GetMapping("/releases/{id}")
    String release(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        ReleaseDetail detail = releases.release(user, id);
        model.addAttribute("detail", detail);
        model.addAttribute("mayApprove", releases.mayApprove(user, id));
        model.addAttribute("writer", stewards.writes(user, detail.release().country()));
        Map<String, IndicatorSummary> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        model.addAttribute("indicatorsByCode", byCode);
        Map<String, String> labels = new HashMap<>();
        detail.entries().forEach(e -> {
            IndicatorSummary i = byCode.get(e.indicator());
            labels.put(
                    e.indicator() + "/" + e.breakdown().key(),
                    i == null ? e.breakdown().key() : i.label(e.breakdown(), locale));
        });
        model.addAttribute("labels", labels);
        return "observatory/release";
    }

    @PostMapping("/releases/{id}/submit")
    String submit(
            @PathVariable long id,
            @ModelAttribute("submission") SubmissionForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        ReleaseDetail detail = releases.release(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    releases.submit(user, id, form.changeNote(), form.version());
                    redirect.addFlashAttribute("notice", "observatory.release.submitted");
                    return "redirect:/observatory/releases/" + id;
                },
                () -> countryPage(detail.release().country(), user, model));
    }

    @PostMapping("/releases/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                id,
                user,
                locale,
                model,
                redirect,
                "observatory.release.published",
                () -> releases.approve(user, id, version));
    }

    @PostMapping("/releases/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                id,
                user,
                locale,
                model,
                redirect,
                "observatory.release.returned",
                () -> releases.sendBack(user, id, note, version));
    }

    /** A reviewer's decision: done, or the release page again with what stood in the way. */
    private String decide(
            long id,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/observatory/releases/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConcurrentEditException e) {
            model.addAttribute(
                    "problems", List.of(new InvalidInputException.FieldProblem("release", "error.concurrentEdit")));
        }
        return release(id, user, locale, model);
    }

    private String countryCode(String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!taxonomy.isCountry(code)) {
            throw new NotFoundException("Country", code);
        }
        return code;
    }
}
