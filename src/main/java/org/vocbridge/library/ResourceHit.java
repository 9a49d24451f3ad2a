package org.vocbridge.library;

import java.time.Instant;
import java.util.Set;
import org.vocbridge.library.domain.Licence;
import org.vocbridge.library.domain.Resource;
import org.vocbridge.library.domain.ResourceKind;
import org.vocbridge.library.domain.ResourceStatus;
import org.vocbridge.library.domain.ResourceVisibility;
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
        Instant publishedAt) {

    static ResourceHit of(Resource r) {
        return new ResourceHit(
                r.id(),
                r.kind(),
                r.title(),
                r.summary(),
                r.contentLanguage(),
                r.countries(),
                r.licence(),
                r.visibility(),
                r.status(),
                r.allianceId(),
                r.downloads(),
                r.demo(),
                r.submittedAt(),
                r.publishedAt());
    }
}
