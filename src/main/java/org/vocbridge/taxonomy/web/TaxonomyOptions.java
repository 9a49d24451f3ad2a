package org.vocbridge.taxonomy.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.vocbridge.taxonomy.Category;
import org.vocbridge.taxonomy.Classification;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The long option lists of filter forms (every country, every ISCED-F field), rendered once per
 * language and kept: a list page would otherwise evaluate some 400 options on every request.
 * Names are HTML-escaped here; templates insert the result with {@code th:utext}.
 */
@Component("taxonomyOptions")
@RequiredArgsConstructor
public class TaxonomyOptions {

    private final TaxonomyApi taxonomy;
    private final Map<Locale, String> countries = new ConcurrentHashMap<>();
    private final Map<Locale, String> fields = new ConcurrentHashMap<>();

    /** Options for every country, the given one selected. */
    public String countries(String selected) {
        String options = countries.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
            StringBuilder html = new StringBuilder();
            taxonomy.countries().forEach(c -> option(html, c.code(), c.name()));
            return html.toString();
        });
        return select(options, selected);
    }

    /** Options for every ISCED-F field, code and title, grouped by broad field, the given one selected. */
    public String fields(String selected) {
        String options = fields.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> {
            StringBuilder html = new StringBuilder();
            Classification isced = taxonomy.iscedF();
            for (Category broad : isced.atLevel(1)) {
                html.append("<optgroup label=\"")
                        .append(HtmlUtils.htmlEscape(
                                broad.code() + " " + broad.title().in(locale)))
                        .append("\">");
                isced.under(broad.code())
                        .forEach(f -> option(
                                html, f.code(), f.code() + " " + f.title().in(locale)));
                html.append("</optgroup>");
            }
            return html.toString();
        });
        return select(options, selected);
    }

    private static void option(StringBuilder html, String value, String label) {
        html.append("<option value=\"")
                .append(HtmlUtils.htmlEscape(value))
                .append("\">")
                .append(HtmlUtils.htmlEscape(label))
                .append("</option>");
    }

    private static String select(String options, String selected) {
        if (selected == null || selected.isBlank()) {
            return options;
        }
        String value = "<option value=\"" + HtmlUtils.htmlEscape(selected.strip()) + "\">";
        return options.replace(value, value.replace("\">", "\" selected>"));
    }
}
