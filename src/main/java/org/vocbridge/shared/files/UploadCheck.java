package org.vocbridge.shared.files;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vocbridge.shared.InputCheck;

/**
 * Checks an upload before anything is kept: its size, and that its content is of the type it
 * claims and of a type accepted here. The type is told by the content's first bytes, never by the
 * file name alone.
 */
public final class UploadCheck {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    private UploadCheck() {}

    /** The media type the content really has, or null when it is none of those known here. */
    public static String detect(byte[] content) {
        if (startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(content, 0, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return PDF;
        }
        if (startsWith(content, 0, new byte[] {'R', 'I', 'F', 'F'})
                && startsWith(content, 8, new byte[] {'W', 'E', 'B', 'P'})) {
            return WEBP;
        }
        return null;
    }

    /**
     * Checks an uploaded file and returns its real media type.
     *
     * @param declared the media type the client sent, or null
     */
    public static String check(String field, byte[] content, String declared, Set<String> accepted, long maxBytes) {
        InputCheck check = new InputCheck();
        String detected = detect(content);
        if (content.length == 0) {
            check.reject(field, "error.required");
        } else if (content.length > maxBytes) {
            check.reject(field, "error.upload.tooLarge");
        } else if (detected == null || !accepted.contains(detected)) {
            check.reject(
                    field,
                    "error.upload.type",
                    String.join(", ", accepted.stream().sorted().toList()));
        } else if (PDF.equals(detected) && !isPdf(content)) {
            check.reject(field, "error.upload.notPdf");
        } else if (declared != null
                && !declared.isBlank()
                && !declared.startsWith("application/octet-stream")
                && !declared.equalsIgnoreCase(detected)) {
            check.reject(field, "error.upload.mismatch");
        }
        check.throwIfAny();
        return detected;
    }

    /**
     * A safe name to save a checked upload under: no folders, no control or quoting characters, at
     * most 150 characters, and the extension of its real type.
     *
     * @param fallback the name when none usable is given
     */
    public static String fileName(String given, String mediaType, String fallback) {
        String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}\"';:*?<>|]", "_").strip();
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (base.isBlank()) {
            base = fallback;
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + extension(mediaType);
    }

    /** The file name extension of a media type accepted here. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case WEBP -> ".webp";
            default -> ".jpg";
        };
    }

    /** Whether the content parses as a PDF document (one that only starts like one, HTML say, does not). */
    private static boolean isPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException notPdf) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
