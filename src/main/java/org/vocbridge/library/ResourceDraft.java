package org.vocbridge.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.library.domain.Licence;
import org.vocbridge.library.domain.ResourceKind;
import org.vocbridge.library.domain.ResourceVisibility;

/**
 * A resource as submitted or edited. {@code language} is the BCP 47 tag of the resource's own
 * content; {@code occupations} are ISCO-08 codes and {@code escoOccupations} ESCO occupation URIs
 * (their ISCO groups are added to the occupations); {@code translationOf} names the original when it is a translation; {@code allianceId}
 * is the alliance whose secretariat reviews it (a platform admin reviews the others); members-only
 * resources need one. Edits send the version read.
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
        Set<String> countries,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        List<Link> links,
        Long version) {

    /** An external link: its address and what it is. */
    public record Link(String url, String label) {}
}
