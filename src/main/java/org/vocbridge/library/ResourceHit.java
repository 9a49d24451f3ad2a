package org.vocbridge.library;

import java.time.Instant;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * A resource as a list or a search result shows it; {@link ResourceSummary} is the whole record
 * (owners, codes, translations, links, newest file).
 */
public record ResourceHit(
        long id,
        ResourceKind kind,
        LocalizedText title,
        LocalizedText summary,
        String language,
        Set<String> countries,
        Licence licence,
        ResourceVisibility visibility,
        ResourceStatus status,
        Long allianceId,
        long downloads,
        boolean demo,
        Instant submittedAt,
        Instant publishedAt) {}
