package org.vocbridge.library.domain;

import java.util.Locale;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.shared.LocalizedText;

/**
 * Filters of the library list; null means any. {@code field} is an ISCED-F code (a broad or narrow
 * field takes in the detailed fields under it), {@code occupation} an ISCO-08 code (a group takes
 * in the occupations under it), {@code language} the content language. Blank parts are dropped;
 * the country is upper case and the language tag normalized.
 */
public record ResourceFilter(
        ResourceKind kind,
        String country,
        String field,
        String occupation,
        String language,
        Licence licence,
        Long alliance,
        Long organization,
        ResourceStatus status,
        Sort sort) {

    public static final ResourceFilter NONE =
            new ResourceFilter(null, null, null, null, null, null, null, null, null, Sort.NEWEST);

    public ResourceFilter {
        country = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        field = blank(field) ? null : field.strip();
        occupation = blank(occupation) ? null : occupation.strip();
        // a tag that is not one matches no resource
        language = blank(language)
                ? null
                : LocalizedText.isValidTag(language) ? LocalizedText.normalizeTag(language.strip()) : language.strip();
    }

    /** How the list is ordered; by relevance only when searching for words. */
    public enum Sort {
        RELEVANCE,
        NEWEST,
        DOWNLOADS,
        TITLE
    }

    /** The order of a list read from the database (relevance has no meaning there: newest first). */
    org.springframework.data.domain.Sort order() {
        return switch (sort == null ? Sort.NEWEST : sort) {
            case DOWNLOADS ->
                org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("downloads"),
                        org.springframework.data.domain.Sort.Order.desc("id"));
            case TITLE -> org.springframework.data.domain.Sort.by("id");
            case NEWEST, RELEVANCE ->
                org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("submittedAt"),
                        org.springframework.data.domain.Sort.Order.desc("id"));
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
