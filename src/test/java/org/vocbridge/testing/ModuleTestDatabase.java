package org.vocbridge.testing;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A module test's own store: an in-memory H2 database and a data folder (search index, files) that
 * no other test shares, without demo data, so each module runs on what its test writes.
 */
public final class ModuleTestDatabase {

    private ModuleTestDatabase() {}

    public static void register(DynamicPropertyRegistry registry, String module) {
        String run = module + "-" + UUID.randomUUID();
        registry.add(
                "vocbridge.data-dir",
                () -> Path.of("target", "module-tests", run).toAbsolutePath().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + run + ";DB_CLOSE_DELAY=-1");
        registry.add("vocbridge.demo-data", () -> "false");
        registry.add("vocbridge.admin.password", () -> "module-test-" + run);
    }
}
