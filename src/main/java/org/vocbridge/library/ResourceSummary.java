package org.vocbridge.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.EscoOccupationSummary;

/**
 * A library resource as shown and served.
 *
 * @param latest the newest file version, or null when it has only links
 * @param translations the resources translating this one that the reader may see
 */
public record ResourceSummary(
        long id,
        long version,
        ResourceKind kind,
        LocalizedText title,
        LocalizedText summary,
        String language,
        Long translationOf,
        List<Translation> translations,
        Long allianceId,
        Long agreementId,
        String educationLevel,
        Integer durationHours,
        BigDecimal credits,
        Licence licence,
        String licenceUrl,
        ResourceVisibility visibility,
        ResourceStatus status,
        String reviewNote,
        List<Owner> owners,
        List<Author> authors,
        Set<String> countries,
        Set<String> fields,
        Set<String> occupations,
        List<EscoOccupationSummary> escoOccupations,
        List<Link> links,
        VersionSummary latest,
        long downloads,
        boolean demo,
        Instant submittedAt,
        Instant publishedAt) {

    /** A person of the directory who wrote it. */
    public record Author(long id, LocalizedText name) {}

    /** An owner organization. */
    public record Owner(long id, LocalizedText name, String country) {}

    /** An external link: its address and what it is. */
    public record Link(String url, String label) {

        public Link {
            url = url == null ? null : url.strip();
            label = label == null || label.isBlank() ? null : label.strip();
        }
    }

    /** A translation of the resource into another language. */
    public record Translation(long id, String language, LocalizedText title) {}
}
