package org.vocbridge.directory;

/**
 * How to narrow the list of organizations; every part is optional (blank parts are dropped, the
 * rest trimmed).
 *
 * @param q free text in any language
 * @param group a country group code such as {@code sco-members} or {@code asean}
 * @param field an ISCED-F code; broader codes include the narrower ones
 * @param occupation an ISCO-08 code; broader codes include the narrower ones
 * @param sort the order; without one, the best match first when searching, else by name
 */
public record OrganizationFilter(
        String q,
        String country,
        String group,
        OrganizationKind kind,
        Long alliance,
        String field,
        String occupation,
        Sort sort) {

    public static final OrganizationFilter NONE =
            new OrganizationFilter(null, null, null, null, null, null, null, null);

    /** Orders a list may be read in. */
    public enum Sort {
        /** By name in the reader's language. */
        NAME,
        /** The most recently changed first. */
        UPDATED
    }

    public OrganizationFilter {
        q = trimmed(q);
        country = trimmed(country);
        group = trimmed(group);
        field = trimmed(field);
        occupation = trimmed(occupation);
    }

    /** Organizations whose names match the text. */
    public static OrganizationFilter named(String q) {
        return new OrganizationFilter(q, null, null, null, null, null, null, null);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
