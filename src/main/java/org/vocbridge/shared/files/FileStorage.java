package org.vocbridge.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stored files (logos, agreement documents, course packages, evidence, award entries), addressed
 * by the SHA-256 of their content: the same content is kept once, and a key never changes what it
 * names. Where they are kept is a setting, {@code vocbridge.files}: {@code local} (a folder, the
 * default) or {@code s3} (S3-compatible object storage, for several nodes). Every upload is checked
 * ({@link UploadCheck}) before it is stored.
 */
public interface FileStorage {

    /** Stores the content and returns its key, the hex SHA-256 of the content. */
    String store(byte[] content);

    /** The content stored under the key, if any. */
    Optional<byte[]> read(String key);

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses what is not a key made by {@link #sha256}, so that no key reaches outside the store. */
    static void requireKey(String key) {
        if (key == null || !key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
    }
}
