package org.vocbridge.cooperation;

import java.time.Instant;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/** A document of an agreement with its versions, newest last; each version's SHA-256 is shown. */
public record DocumentSummary(
        long id, long agreementId, LocalizedText title, DocumentVisibility visibility, List<VersionSummary> versions) {

    /** One version; {@code url} downloads it. */
    public record VersionSummary(
            int number,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String note,
            String uploadedBy,
            Instant uploadedAt,
            String url) {}
}
