package org.vocbridge.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file served for download: always as an attachment with its checked media type and no
 * sniffing, so an uploaded file never runs on our pages; its SHA-256 goes in {@code Digest}.
 */
public final class Attachment {

    private Attachment() {}

    public static ResponseEntity<byte[]> of(String fileName, String mediaType, byte[] content, String sha256Hex) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + sha256Hex)
                .body(content);
    }
}
