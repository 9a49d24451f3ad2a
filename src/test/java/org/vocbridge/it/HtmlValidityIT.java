package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vocbridge.testing.SystemComponents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every main page, in Chinese, English and Russian, signed out and (for the forms) signed in, is
 * valid HTML by the Nu Html Checker (the W3C validator, run offline from its jar). CI installs the
 * jar (npm {@code vnu-jar}); elsewhere the test says it is skipped.
 */
class HtmlValidityIT extends IntegrationTest {

    @Test
    void mainPagesAreValidHtmlInEveryLanguage() throws Exception {
        Path vnu = vnuJar();
        long organization = firstId("/api/v1/organizations?size=1");
        long person = firstId("/api/v1/people?size=1");
        long yangtze = alliance("长江工坊");
        long agreement = firstId("/api/v1/agreements?alliance=" + yangtze);
        long resource = firstId("/api/v1/resources?size=1");
        long release = api().get("/api/v1/observatory/countries/TH/releases")
                .json()
                .get(0)
                .get("id")
                .asLong();
        Map<String, String> awards = awardRecords();
        List<String> pages = List.of(
                "/",
                "/awards",
                "/awards?q=" + Api.encode("水电"),
                "/awards/" + awards.get("calls"),
                "/awards/certificates/" + awards.get("certificates"),
                "/organizations",
                "/organizations/" + organization,
                "/people",
                "/people/" + person,
                "/alliances",
                "/alliances/" + yangtze,
                "/alliances/" + yangtze + "/numbers",
                "/alliances/" + yangtze + "/annual-report?year=2024",
                "/agreements",
                "/agreements/" + agreement,
                "/events",
                "/events/" + first("/api/v1/events?when=PAST", "id"),
                "/events/" + kunmingRoundtable().get("id").asLong() + "/live",
                "/library",
                "/library/" + resource,
                "/ventures",
                "/ventures/" + first("/api/v1/ventures", "id"),
                "/ventures/numbers?alliance=" + yangtze,
                "/matching",
                "/matching/demands/"
                        + api().get("/api/v1/matching/demands")
                                .json()
                                .get(0)
                                .get("id")
                                .asText(),
                "/matching/offers/"
                        + api().get("/api/v1/matching/offers")
                                .json()
                                .get(0)
                                .get("id")
                                .asText(),
                "/observatory",
                "/observatory/indicators/TVET.ENROL",
                "/observatory/countries/TH",
                "/observatory/releases/" + release,
                "/surveys",
                "/surveys/sco_youth_2026",
                "/surveys/sco_youth_2026/results",
                "/search?q=" + Api.encode("college"),
                "/search?q=" + Api.encode("weldng"),
                "/country-groups",
                "/about",
                "/contact",
                "/privacy",
                "/login",
                "/embed/alliances/" + yangtze + "/members/byCountry",
                "/embed/observatory/countries/CN");
        TestUser member = newUser("html");
        WebSession signedIn = new WebSession(baseUrl());
        signedIn.signIn(member.username(), member.password());
        // an event the member's college hosts, for its organizers' forms
        long college = newOrganization(member, "VOCATIONAL_COLLEGE", "UZ", Map.of("en", "HTML Check College"));
        long event = api().token(member.token())
                .post(
                        "/api/v1/events",
                        Map.of(
                                "kind",
                                "WEBINAR",
                                "title",
                                Map.of("en", "HTML check webinar"),
                                "hosts",
                                List.of(college),
                                "zone",
                                "Asia/Tashkent",
                                "online",
                                true,
                                "streamUrl",
                                "/live/demo/master.m3u8"))
                .json()
                .get("id")
                .asLong();
        String demand = created(member.token(), "/api/v1/matching/demands", MatchingIT.demand(college));
        String offer = created(member.token(), "/api/v1/matching/offers", MatchingIT.offer(college));
        String contact = contact(member.token(), demand, offer);
        List<String> forms = List.of(
                "/organizations/new",
                "/library/new",
                "/agreements/new",
                "/events/new",
                "/events/" + event + "/sessions/new",
                "/events/" + event + "/broadcast",
                "/events/" + event + "/delegations",
                "/events/" + event + "/booths/new",
                "/ventures/new",
                "/ventures/"
                        + created(
                                member.token(),
                                "/api/v1/ventures",
                                VenturesIT.venture("HTML check venture", null, null, null))
                        + "/edit",
                "/matching/demands/new",
                "/matching/offers/new",
                "/matching/demands/" + demand + "/edit",
                "/matching/offers/" + offer + "/edit",
                "/matching/contacts/new?demand=" + demand + "&offer=" + offer + "&side=DEMAND",
                "/matching/contacts",
                "/matching/contacts/" + contact,
                "/matching/alerts",
                "/awards/" + awards.get("calls") + "/enter",
                "/awards/new",
                "/account");

        Path folder = Files.createDirectories(Path.of("target", "html-validity"));
        List<Path> files = new ArrayList<>();
        for (String language : List.of("zh", "en", "ru")) {
            for (String path : pages) {
                files.add(save(
                        folder,
                        path,
                        language,
                        api().get(withLanguage(path, language)).body()));
            }
            for (String path : forms) {
                var response = signedIn.get(withLanguage(path, language));
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                files.add(save(folder, path, language, response.body()));
            }
        }
        List<String> command = new ArrayList<>(List.of(
                javaCommand(), "-jar", vnu.toString(), "--errors-only", "--format", "json", "--exit-zero-always"));
        files.forEach(f -> command.add(f.toString()));
        Process check = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // the checker writes its JSON report to standard error
        String report = new String(check.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Files.writeString(folder.resolve("report.json"), report);
        JsonNode messages = JsonMapper.builder().build().readTree(report).get("messages");
        assertThat(messages).as(report).isNotNull();
        List<String> errors = new ArrayList<>();
        messages.forEach(m -> errors.add(m.path("url").asText().replaceAll(".*/", "") + ":"
                + m.path("lastLine").asInt() + " " + m.path("message").asText()));
        assertThat(errors).as("the Nu Html Checker's errors").isEmpty();
    }

    private long firstId(String path) {
        JsonNode body = api().get(path).json();
        return (body.has("items") ? body.get("items") : body).get(0).get("id").asLong();
    }

    private static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    private static Path save(Path folder, String path, String language, String html) throws IOException {
        String name = path.replaceAll("[^A-Za-z0-9]+", "_") + "." + language + ".html";
        return Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The checker's jar: {@code vocbridge.test.vnu}, or where npm installs {@code vnu-jar} globally. */
    private static Path vnuJar() throws IOException, InterruptedException {
        String configured = System.getProperty("vocbridge.test.vnu");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try {
            Process root = new ProcessBuilder("npm", "root", "-g")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String folder = new String(root.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Path jar = Path.of(folder, "vnu-jar", "build", "dist", "vnu.jar");
            if (root.waitFor(1, TimeUnit.MINUTES) && Files.isRegularFile(jar)) {
                return jar;
            }
        } catch (IOException noNpm) {
            // said below
        }
        SystemComponents.missing("The Nu Html Checker (npm vnu-jar) is not installed", "the HTML validity check");
        return null;
    }
}
