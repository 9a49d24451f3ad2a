package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files sent for download. The file name always goes through Spring's {@link ContentDisposition}
 * (quoted, and encoded per RFC 6266 when it is not plain ASCII), never into a header by hand.
 */
public final class Downloads {

    private Downloads() {}

    /** Marks a response streamed by the caller as a file to save under the name. */
    public static void attachment(HttpServletResponse response, String mediaType, String fileName) {
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment(), fileName));
    }

    /** A file to save, with its media type and no sniffing, so that a stored upload never runs on our pages. */
    public static ResponseEntity.BodyBuilder attachment(String fileName, MediaType mediaType) {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment(), fileName))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** A stored file with its checked media type; its SHA-256 goes in {@code Digest}. */
    public static ResponseEntity<byte[]> storedFile(
            String fileName, String mediaType, byte[] content, String sha256Hex) {
        return attachment(fileName, MediaType.parseMediaType(mediaType))
                .header("Digest", "sha-256=" + sha256Hex)
                .body(content);
    }

    /** A document made for the reader, shown in the browser (a PDF report) under the name when saved. */
    public static ResponseEntity<byte[]> inline(String fileName, MediaType mediaType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.inline(), fileName))
                .body(content);
    }

    /**
     * An image shown on the pages (a logo), with its checked media type and no sniffing; its address
     * changes with it, so browsers and caches keep it for 30 days.
     */
    public static ResponseEntity<byte[]> image(String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private static String disposition(ContentDisposition.Builder builder, String fileName) {
        return builder.filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
