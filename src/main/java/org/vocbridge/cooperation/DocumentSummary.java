package org.vocbridge.cooperation;

import java.time.Instant;
import java.util.List;
import org.vocbridge.cooperation.domain.AgreementDocument;
import org.vocbridge.cooperation.domain.DocumentVisibility;
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

    static DocumentSummary of(AgreementDocument d) {
        return new DocumentSummary(
                d.id(),
                d.agreementId(),
                d.title(),
                d.visibility(),
                d.versions().stream()
                        .map(v -> new VersionSummary(
                                v.number(),
                                v.fileName(),
                                v.mediaType(),
                                v.size(),
                                v.sha256(),
                                v.note(),
                                v.uploadedBy(),
                                v.uploadedAt(),
                                "/agreements/" + d.agreementId() + "/documents/" + d.id() + "/versions/" + v.number()))
                        .toList());
    }
}
