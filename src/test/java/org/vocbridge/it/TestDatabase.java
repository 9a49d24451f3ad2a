package org.vocbridge.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the integration suite runs on, chosen by the system property
 * {@code vocbridge.test.database}: {@code h2} (the embedded default, in file mode as shipped) or
 * {@code postgres} (a real PostgreSQL). Each run starts from an empty database and index.
 */
final class TestDatabase {

    static final String KIND = System.getProperty("vocbridge.test.database", "h2");
    static final Path DATA_DIR = Path.of("target", "it-data", KIND);
    private static String unavailable;
    private static boolean prepared;

    private TestDatabase() {}

    /** Empties the data folder and, on PostgreSQL, the test database; remembers if it cannot. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        deleteRecursively(DATA_DIR);
        if (isPostgres()) {
            String url = System.getProperty("vocbridge.test.postgres.url");
            if (!url.matches(".*/\\w+_test(\\?.*)?$")) {
                throw new IllegalStateException(
                        "Refusing to empty a database whose name does not end in _test: " + url);
            }
            try (Connection connection = DriverManager.getConnection(url, user(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            } catch (SQLException e) {
                unavailable = "PostgreSQL is not reachable at " + url + ": " + e.getMessage();
            }
        }
    }

    /** Why the database cannot be used, or null when it can. */
    static String unavailable() {
        return unavailable;
    }

    static boolean isPostgres() {
        return "postgres".equals(KIND);
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("vocbridge.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        if (isPostgres()) {
            registry.add("spring.datasource.url", () -> System.getProperty("vocbridge.test.postgres.url"));
            registry.add("spring.datasource.username", TestDatabase::user);
            registry.add("spring.datasource.password", () -> "");
        }
    }

    private static String user() {
        return System.getProperty("vocbridge.test.postgres.user", "postgres");
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
