package org.vocbridge.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside a zip file (an XLSX workbook, later a course package) before anything reads it:
 * too many entries, too much data once uncompressed (counted while inflating, never trusted from
 * the headers) or an entry path that climbs out of its folder rejects it, quickly.
 */
public final class ZipCheck {

    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;

    private ZipCheck() {}

    /** Thrown for a zip file that must not be opened; the message is a message code. */
    public static class UnsafeZipException extends RuntimeException {
        public UnsafeZipException(String code) {
            super(code);
        }

        public String code() {
            return getMessage();
        }
    }

    public static void check(byte[] zip) {
        check(zip, MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES);
    }

    static void check(byte[] zip, int maxEntries, long maxUncompressedBytes) {
        Path file = null;
        try {
            // ZipFile reads the central directory, which every valid zip has, whatever its writer
            file = Files.createTempFile("vocbridge-upload", ".zip");
            Files.write(file, zip);
            check(file, maxEntries, maxUncompressedBytes);
        } catch (IOException e) {
            throw new UnsafeZipException("error.import.unreadable");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }

    private static void check(Path file, int maxEntries, long maxUncompressedBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw new UnsafeZipException("error.zip.entries");
            }
            if (zip.size() == 0) {
                throw new UnsafeZipException("error.import.unreadable");
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || ("/" + name + "/").contains("/../")) {
                    throw new UnsafeZipException("error.zip.path");
                }
            }
            // sizes in the headers can lie: count what inflating really yields, and stop early
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > maxUncompressedBytes) {
                            throw new UnsafeZipException("error.zip.size");
                        }
                    }
                }
            }
        }
    }
}
