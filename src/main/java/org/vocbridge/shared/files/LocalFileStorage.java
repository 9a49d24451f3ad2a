package org.vocbridge.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stored files in a local folder ({@code ${vocbridge.data-dir}/files}), the default for one node.
 * Writes go to a temporary file first and are moved into place, so a file is either whole or
 * absent.
 */
@Component
@ConditionalOnProperty(name = "vocbridge.files", havingValue = "local", matchIfMissing = true)
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(@Value("${vocbridge.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    @Override
    public String store(byte[] content) {
        String key = FileStorage.sha256(content);
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

    @Override
    public Optional<byte[]> read(String key) {
        Path path = path(key);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        FileStorage.requireKey(key);
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
