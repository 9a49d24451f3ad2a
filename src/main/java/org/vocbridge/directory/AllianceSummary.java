package org.vocbridge.directory;

import java.time.LocalDate;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/** An alliance as others see it, with how many organizations belong to it now. */
public record AllianceSummary(
        long id,
        long version,
        LocalizedText name,
        String acronym,
        LocalizedText description,
        LocalDate foundedOn,
        LocalizedText foundedPlace,
        String country,
        String website,
        Long secretariatOrganizationId,
        long memberCount,
        Set<String> missingLanguages,
        boolean demo) {}
