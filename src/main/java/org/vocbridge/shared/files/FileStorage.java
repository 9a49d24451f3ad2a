package org.vocbridge.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stored files (logos now; agreements and course packages later), addressed by the SHA-256 of their
 * content, in a local folder ({@code ${vocbridge.data-dir}/files}). Writes go to a temporary file
 * first and are moved into place, so a file is either whole or absent.
 */
@Component
public class FileStorage {

    private final Path root;

    FileStorage(@Value("${vocbridge.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    /** Stores the content and returns its key, the hex SHA-256 of the content. */
    public String store(byte[] content) {
        String key = sha256(content);
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(target.getParent(), key, ".part");
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    public Optional<byte[]> read(String key) {
        Path path = path(key);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
