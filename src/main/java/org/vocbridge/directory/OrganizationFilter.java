package org.vocbridge.directory;

/**
 * How to narrow the list of organizations; every part is optional (blank parts are dropped, the
 * rest trimmed).
 *
 * @param q free text in any language
 * @param group a country group code such as {@code sco-members} or {@code asean}
 * @param field an ISCED-F code; broader codes include the narrower ones
 * @param occupation an ISCO-08 code; broader codes include the narrower ones
 */
public record OrganizationFilter(
        String q, String country, String group, OrganizationKind kind, Long alliance, String field, String occupation) {

    public static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null, null, null, null);

    public OrganizationFilter {
        q = trimmed(q);
        country = trimmed(country);
        group = trimmed(group);
        field = trimmed(field);
        occupation = trimmed(occupation);
    }

    /** Organizations whose names match the text. */
    public static OrganizationFilter named(String q) {
        return new OrganizationFilter(q, null, null, null, null, null, null);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
