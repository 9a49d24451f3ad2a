package org.vocbridge.directory.domain;

import java.time.LocalDate;
import java.util.Map;

/** What a writer sends to create or change an alliance; blank texts become null. */
public record AllianceDraft(
        Map<String, String> name,
        String acronym,
        Map<String, String> description,
        LocalDate foundedOn,
        Map<String, String> foundedPlace,
        String country,
        String website,
        Long secretariatOrganizationId,
        Long version) {

    public AllianceDraft {
        acronym = DraftChecks.trim(acronym);
        country = DraftChecks.trim(country);
        website = DraftChecks.webAddress(website);
    }
}
