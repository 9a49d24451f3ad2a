package org.vocbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirectoryTests {

    @Test
    void aDataDirectoryGivenRelativeToTheWorkingDirectoryOpensTheEmbeddedDatabase() throws Exception {
        String url;
        try (var context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .run("--vocbridge.data-dir=target/data-dir-test", "--url=jdbc:h2:file:${vocbridge.data-dir}/db/test")) {
            url = context.getEnvironment().getProperty("url");
        }

        assertThat(url)
                .startsWith("jdbc:h2:file:" + Path.of("target/data-dir-test").toAbsolutePath());
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void anAbsoluteDataDirectoryStaysAsItIs(@TempDir Path folder) {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("given", Map.of(DataDirectory.PROPERTY, folder.toString())));

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(DataDirectory.PROPERTY)).isEqualTo(folder.toString());
    }

    @Configuration
    static class Nothing {}
}
