package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "A success response means the answers are committed", checked the hard way: the packaged
 * application runs as a process of its own (on the suite's database kind: an H2 file, or a
 * PostgreSQL database of its own) while clients submit responses; it is killed with SIGKILL in the
 * middle, and started again. Every acknowledged instance ID must then be stored with the response
 * ID it was acknowledged with, and after every ID sent is sent again, each is stored exactly once.
 */
class SubmissionDurabilityIT {

    static final int CLIENTS = 8;
    static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    static final String ADMIN_PASSWORD = "durability-" + UUID.randomUUID();

    /** The packaged application as a process of its own. */
    static final class Application implements AutoCloseable {

        final Process process;
        final String base;

        Application(List<String> arguments, int port, Path log) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    jar().toString(),
                    "--server.port=" + port));
            command.addAll(arguments);
            this.process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            this.base = "http://localhost:" + port;
            HttpClient client = HttpClient.newHttpClient();
            // ready means started with its runners done (the first admin exists)
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError(
                                    "The application stopped; see " + log.toAbsolutePath() + ":\n" + tail(log));
                        }
                        try {
                            return client.send(
                                                    HttpRequest.newBuilder(
                                                                    URI.create(base + "/actuator/health/readiness"))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }

        /** Ends the process at once, as a power cut or the kernel's OOM killer would (SIGKILL on Linux). */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("vocbridge-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No packaged application in target/: run ./mvnw verify"));
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The arguments of a run on its own data folder and database, with no demo data and no submission limit to speak of. */
    static List<String> arguments() throws Exception {
        Path data = Path.of("target", "it-data", "durability-" + TestDatabase.KIND);
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(data);
        List<String> arguments = new ArrayList<>(List.of(
                "--vocbridge.data-dir=" + data.toAbsolutePath(),
                "--vocbridge.demo-data=false",
                "--vocbridge.admin.password=" + ADMIN_PASSWORD,
                "--vocbridge.surveys.submissions-per-minute=6000000",
                "--vocbridge.surveys.submission-burst=100000",
                "--management.endpoint.health.probes.enabled=true"));
        if (TestDatabase.isPostgres()) {
            String suiteUrl = System.getProperty("vocbridge.test.postgres.url");
            String user = System.getProperty("vocbridge.test.postgres.user", "postgres");
            String url = suiteUrl.replaceFirst("/(\\w+)_test(\\?.*)?$", "/vocbridge_durability_test$2");
            try (Connection connection = DriverManager.getConnection(suiteUrl, user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists vocbridge_durability_test with (force)");
                statement.execute("create database vocbridge_durability_test");
            }
            arguments.add("--spring.datasource.url=" + url);
            arguments.add("--spring.datasource.username=" + user);
            arguments.add("--spring.datasource.password=");
        }
        return arguments;
    }

    /** A personal API token of the first admin, made by signing in on the pages. */
    static String adminToken(String base) throws Exception {
        WebSession web = new WebSession(base);
        assertThat(web.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        web.post("/account/tokens", Map.of("name", "durability", "_csrf", web.csrf("/account")));
        Matcher token = Pattern.compile("class=\"token\">([^<]+)<")
                .matcher(web.get("/account").body());
        assertThat(token.find()).as("the new token shown once").isTrue();
        return token.group(1);
    }

    static Api.Response submit(Api api, String formId, String instanceId, Map<String, String> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceId", instanceId);
        body.put("language", "en");
        body.put("answers", answers);
        return api.post("/api/v1/surveys/" + formId + "/responses", body);
    }

    @org.junit.jupiter.api.BeforeAll
    static void database() {
        IntegrationTest.database(); // PostgreSQL reachable, or the run says why it is skipped (never in CI)
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillAndEachIsStoredOnce() throws Exception {
        List<String> arguments = arguments();
        int port = freePort();
        Path log = Path.of("target", "it-data", "durability-" + TestDatabase.KIND, "application.log");
        String formId = "durable_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Map<String, String>> sent = new ConcurrentHashMap<>();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

        try (Application first = new Application(arguments, port, log)) {
            Api owner = new Api(first.base).token(adminToken(first.base));
            Api.Response created = owner.upload(
                    "/api/v1/surveys", formId + ".xlsx", "application/octet-stream", SurveyIT.form(formId));
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    Api api = new Api(first.base);
                    for (int i = 0; !killed.get(); i++) {
                        String id = "uuid:" + UUID.randomUUID();
                        Map<String, String> answers =
                                Map.of("age", Integer.toString(18 + (client + i) % 17), "skills", "welding");
                        sent.put(id, answers);
                        try {
                            Api.Response r = submit(api, formId, id, answers);
                            if (r.status() == 201) {
                                acknowledged.put(id, r.json().get("responseId").asLong());
                            } else {
                                unexpected.add(r.status() + " " + r.body());
                            }
                        } catch (UncheckedIOException e) {
                            return; // the server is gone; this one may or may not have been stored
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            first.kill();
            killed.set(true);
            for (Thread thread : clients) {
                thread.join();
            }
        }
        assertThat(unexpected).as("every submission before the kill was taken").isEmpty();
        Map<String, Long> acknowledgedBeforeKill = Map.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Application second = new Application(arguments, port, log)) {
            Api api = new Api(second.base);
            long replays = 0;
            for (var submission : sent.entrySet()) {
                Api.Response again = submit(api, formId, submission.getKey(), submission.getValue());
                Long acknowledgedAs = acknowledgedBeforeKill.get(submission.getKey());
                if (acknowledgedAs != null) {
                    assertThat(again.status())
                            .as("an acknowledged submission is stored: %s", again.body())
                            .isEqualTo(200);
                    assertThat(again.json().get("replay").asBoolean()).isTrue();
                    assertThat(again.json().get("responseId").asLong()).isEqualTo(acknowledgedAs);
                    replays++;
                } else {
                    assertThat(again.status()).as(again.body()).isIn(200, 201);
                }
            }
            assertThat(replays).isEqualTo(acknowledgedBeforeKill.size());
            assertThat(api.get("/api/v1/surveys/" + formId + "/summary")
                            .json()
                            .get("responses")
                            .asLong())
                    .as("each instance ID sent is stored exactly once")
                    .isEqualTo(sent.size());
        }
    }
}
