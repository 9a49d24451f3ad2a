package org.vocbridge.directory.domain;

import java.util.Map;
import java.util.Set;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationStatus;
import org.vocbridge.taxonomy.Codes;

/**
 * What a writer sends to create or change an organization (page form, API body or import row).
 * Blank texts become null, a missing status active.
 *
 * @param name language tag to name, for example {@code {"zh": "重庆城市职业学院", "en": "Chongqing City Vocational College"}}
 * @param fields ISCED-F 2013 codes
 * @param occupations ISCO-08 codes
 * @param escoOccupations ESCO occupation URIs (their ISCO-08 groups join {@code occupations})
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
        Set<String> escoOccupations,
        String publicEmail,
        String publicPhone,
        String privateContact,
        OrganizationStatus status,
        Long version) {

    public OrganizationDraft {
        acronym = DraftChecks.trim(acronym);
        country = DraftChecks.trim(country);
        website = DraftChecks.webAddress(website);
        publicEmail = DraftChecks.trim(publicEmail);
        publicPhone = DraftChecks.trim(publicPhone);
        privateContact = DraftChecks.trim(privateContact);
        status = status == null ? OrganizationStatus.ACTIVE : status;
    }

    Codes codes() {
        return Codes.of(fields, occupations, escoOccupations);
    }
}
