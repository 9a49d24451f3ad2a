package org.vocbridge.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of migrations for H2 and PostgreSQL: the few types that differ are Flyway placeholders
 * chosen from the database actually connected ({@code ${json}} is JSON on H2, JSONB on
 * PostgreSQL).
 */
@Configuration
public class DatabaseConfig {

    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders(DataSource dataSource) {
        return configuration -> configuration.placeholders(Map.of("json", isPostgres(dataSource) ? "jsonb" : "json"));
    }

    /** Whether the database connected is PostgreSQL (else H2), for the few statements that differ. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
