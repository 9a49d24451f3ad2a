package org.vocbridge.directory;

import java.util.Map;
import java.util.Set;
import org.vocbridge.directory.domain.OrganizationKind;
import org.vocbridge.directory.domain.OrganizationStatus;

/**
 * What a writer sends to create or change an organization (page form, API body or import row).
 *
 * @param name language tag to name, for example {@code {"zh": "重庆城市职业学院", "en": "Chongqing City Vocational College"}}
 * @param fields ISCED-F 2013 codes
 * @param occupations ISCO-08 codes
 * @param version the version the writer loaded; required to change an organization
 */
public record OrganizationDraft(
        OrganizationKind kind,
        Map<String, String> name,
        String acronym,
        String country,
        Map<String, String> city,
        String website,
        Map<String, String> description,
        Set<String> fields,
        Set<String> occupations,
        String publicEmail,
        String publicPhone,
        String privateContact,
        OrganizationStatus status,
        Long version) {}
