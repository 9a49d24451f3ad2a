package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vocbridge.testing.SystemComponents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document at /v3/api-docs: complete, right about request bodies, and clean under Spectral. */
class ApiDescriptionIT extends IntegrationTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonNode document = api().get("/v3/api-docs").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        JsonNode paths = document.get("paths");
        for (String path : List.of(
                "/api/v1/organizations",
                "/api/v1/people",
                "/api/v1/alliances",
                "/api/v1/alliances/{id}/memberships",
                "/api/v1/countries",
                "/api/v1/country-groups",
                "/api/v1/taxonomies/isced-f",
                "/api/v1/taxonomies/isco-08",
                "/api/v1/search")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/organizations").get("get").toString()).doesNotContain("\"currentUser\"");
        assertThat(document.get("components").get("securitySchemes").has("token"))
                .isTrue();

        assertThat(requestProperties(document, "/api/v1/observatory/releases/{id}/submit"))
                .contains("changeNote");
        assertThat(requestProperties(document, "/api/v1/observatory/releases/{id}/approve"))
                .contains("note")
                .doesNotContain("changeNote", "status");
        assertThat(requestProperties(document, "/api/v1/alliances/{id}/memberships/{membershipId}/decisions"))
                .contains("status", "reason");
        assertThat(requestProperties(document, "/api/v1/surveys/{formId}/responses"))
                .contains("instanceId", "answers");
        List<String> tags = new java.util.ArrayList<>();
        document.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        assertThat(tags).doesNotHaveDuplicates();
    }

    /** The properties of the JSON body an operation (POST) takes, as its schema in the document says. */
    private static List<String> requestProperties(JsonNode document, String path) {
        JsonNode schema = schemaOf(
                document,
                document.get("paths")
                        .get(path)
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .get("application/json")
                        .get("schema"));
        List<String> names = new java.util.ArrayList<>();
        schema.get("properties").propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void everyOperationHasASummaryADescriptionAndAUniqueId() {
        JsonNode document = api().get("/v3/api-docs").json();
        List<String> incomplete = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().get(method);
                    if (operation == null) {
                        return;
                    }
                    String name = method.toUpperCase() + " " + path.getKey();
                    if (operation.path("summary").asText("").isBlank()
                            || operation.path("description").asText("").isBlank()) {
                        incomplete.add(name);
                    }
                    ids.add(operation.path("operationId").asText(name));
                }));
        assertThat(incomplete)
                .as("operations without a summary or a description")
                .isEmpty();
        assertThat(ids).doesNotHaveDuplicates();
    }

    /**
     * Spectral's {@code spectral:oas} rules (the repository's {@code .spectral.yaml}) find no error in the
     * document. Spectral is an npm tool; CI installs it, elsewhere the test says it is skipped.
     */
    @Test
    void spectralFindsNoErrorInTheDocument() throws Exception {
        String spectral = spectralCommand();
        Path document = Path.of("target", "api-docs.json");
        Files.writeString(document, api().get("/v3/api-docs").body(), StandardCharsets.UTF_8);
        Process lint = new ProcessBuilder(
                        spectral,
                        "lint",
                        document.toString(),
                        "--ruleset",
                        ".spectral.yaml",
                        "--format",
                        "json",
                        "--quiet")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
        JsonNode results = JsonMapper.builder().build().readTree(output.isBlank() ? "[]" : output);
        List<String> problems = new ArrayList<>();
        results.forEach(result -> problems.add(
                result.path("severity").asInt() + " " + result.path("code").asText() + " " + result.path("path") + ": "
                        + result.path("message").asText()));
        Files.writeString(Path.of("target", "api-docs-spectral.txt"), String.join("\n", problems));
        // severity 0 is an error, 1 a warning
        assertThat(problems).as("Spectral's findings").noneMatch(p -> p.startsWith("0 ") || p.startsWith("1 "));
    }

    private static String spectralCommand() throws IOException, InterruptedException {
        try {
            Process version = new ProcessBuilder("spectral", "--version")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0) {
                return "spectral";
            }
        } catch (IOException notInstalled) {
            // said below
        }
        SystemComponents.missing("Spectral (npm @stoplight/spectral-cli) is not installed", "the OpenAPI lint");
        return null;
    }
}
