package org.vocbridge.directory.domain;

/**
 * How to narrow the list of people; blank parts are dropped, the rest trimmed.
 *
 * @param expert true for think-tank experts only
 */
public record PersonFilter(String q, String country, Long organization, Boolean expert, String field) {

    public static final PersonFilter EXPERTS = new PersonFilter(null, null, null, true, null);

    public PersonFilter {
        q = DraftChecks.trim(q);
        country = DraftChecks.trim(country);
        field = DraftChecks.trim(field);
    }

    /** People whose names, descriptions or keywords match the text. */
    public static PersonFilter named(String q) {
        return new PersonFilter(q, null, null, null, null);
    }
}
