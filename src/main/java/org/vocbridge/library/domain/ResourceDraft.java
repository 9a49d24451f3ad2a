package org.vocbridge.library.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.taxonomy.Codes;

/**
 * A resource as submitted or edited. {@code language} is the BCP 47 tag of the resource's own
 * content; {@code occupations} are ISCO-08 codes and {@code escoOccupations} ESCO occupation URIs
 * (their ISCO groups are added to the occupations); {@code translationOf} names the original when
 * it is a translation; {@code authors} are people of the directory; {@code allianceId} is the alliance whose secretariat reviews it (a platform
 * admin reviews the others); members-only resources need one. Edits send the version read. Blank
 * texts are none, missing sets and lists empty, a missing visibility public.
 */
public record ResourceDraft(
        ResourceKind kind,
        Map<String, String> title,
        Map<String, String> summary,
        String language,
        Long translationOf,
        Long allianceId,
        Long agreementId,
        String educationLevel,
        Integer durationHours,
        BigDecimal credits,
        Licence licence,
        ResourceVisibility visibility,
        Set<Long> owners,
        Set<Long> authors,
        Set<String> countries,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        List<ResourceSummary.Link> links,
        Long version) {

    public ResourceDraft {
        language = language == null || language.isBlank() ? null : language.strip();
        educationLevel = educationLevel == null || educationLevel.isBlank() ? null : educationLevel.strip();
        visibility = visibility == null ? ResourceVisibility.PUBLIC : visibility;
        owners = owners == null ? Set.of() : owners;
        authors = authors == null ? Set.of() : authors;
        countries = countries == null ? Set.of() : countries;
        links = links == null ? List.of() : links;
    }

    Codes codes() {
        return Codes.of(fields, occupations, escoOccupations);
    }
}
