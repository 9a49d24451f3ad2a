package org.vocbridge.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference files made elsewhere that some tests read from {@code ../shared/data}. Missing, they
 * skip those tests with a warning, or fail them when components are required (as in CI).
 */
public final class ReferenceData {

    public static final Path ROOT = Path.of("../shared/data");

    private ReferenceData() {}

    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            SystemComponents.missing(
                    "Reference data not found: " + path.toAbsolutePath().normalize(), "the tests that read it");
        }
        return path;
    }
}
