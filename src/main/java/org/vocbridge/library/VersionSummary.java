package org.vocbridge.library;

import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/** One version of a resource's file, with the SHA-256 fingerprint of its content and, for a course package, its outline. */
public record VersionSummary(
        int number,
        LocalizedText changeNote,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        long downloads,
        PackageOutline packageOutline) {}
