package org.vocbridge.observatory.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.EntrySummary;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.observatory.domain.CountryStewards;
import org.vocbridge.observatory.domain.DataEntry;
import org.vocbridge.observatory.domain.Indicators;
import org.vocbridge.observatory.domain.ObservatoryData;
import org.vocbridge.observatory.domain.Releases;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The form where a country's data steward enters one indicator's values for a year, breakdown by breakdown. */
@Controller
@RequestMapping("/observatory")
@RequiredArgsConstructor
class ValuesPages {

    private final Indicators indicators;
    private final ObservatoryData data;
    private final Releases releases;
    private final DataEntry entry;
    private final CountryStewards stewards;
    private final TaxonomyApi taxonomy;

    @GetMapping("/countries/{country}/values")
    String valuesForm(
            @PathVariable String country,
            @RequestParam String indicator,
            @RequestParam int year,
            CurrentUser user,
            Locale locale,
            Model model) {
        String code = taxonomy.requireCountry(country);
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
        FormErrors.show(model, "form", form);
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
        String code = taxonomy.requireCountry(country);
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
}
