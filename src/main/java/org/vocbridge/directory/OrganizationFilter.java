package org.vocbridge.directory;

import org.vocbridge.directory.domain.OrganizationKind;

/**
 * How to narrow the list of organizations; every part is optional.
 *
 * @param q free text in any language
 * @param group a country group code such as {@code sco-members} or {@code asean}
 * @param field an ISCED-F code; broader codes include the narrower ones
 * @param occupation an ISCO-08 code; broader codes include the narrower ones
 */
public record OrganizationFilter(
        String q, String country, String group, OrganizationKind kind, Long alliance, String field, String occupation) {

    public static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null, null, null, null);
}
