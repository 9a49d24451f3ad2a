package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Access ends when it is revoked, on every node (sessions are rows in the database), and password
 * guessing cannot lock an owner out: each case as a user and an attacker would meet it.
 */
class SecurityIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    private WebSession signedIn(TestUser user) throws Exception {
        WebSession session = new WebSession(baseUrl());
        assertThat(session.signIn(user.username(), user.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error")
                .doesNotContain("throttled");
        assertThat(session.get("/account").statusCode()).isEqualTo(200);
        return session;
    }

    private static boolean isSignedIn(WebSession session) throws Exception {
        return session.get("/account").statusCode() == 200;
    }

    private long sessionRows(TestUser user) {
        return jdbc.sql("select count(*) from accounts_session where principal_name = ?")
                .param(user.username())
                .query(Long.class)
                .single();
    }

    @Test
    void aDisabledUsersOpenSessionCanNoLongerWrite() throws Exception {
        TestUser user = newUser("disabled");
        WebSession session = signedIn(user);
        String csrf = session.csrf("/account");
        int tokensBefore = tokens.of(user.asCurrent()).size();

        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> disabled = admin.post(
                "/admin/users/" + user.id() + "/enabled",
                Map.of("enabled", "false", "_csrf", admin.csrf("/admin/users")));
        assertThat(disabled.statusCode()).isEqualTo(302);

        assertThat(sessionRows(user)).isZero();
        HttpResponse<String> write = session.post("/account/tokens", Map.of("name", "after disable", "_csrf", csrf));
        assertThat(write.statusCode()).isIn(302, 403);
        assertThat(write.headers().firstValue("Location").orElse("")).doesNotEndWith("/account");
        assertThat(tokens.of(user.asCurrent())).hasSize(tokensBefore);
        assertThat(isSignedIn(session)).isFalse();
        assertThat(api().token(user.token()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
        TestUser user = newUser("changer");
        WebSession here = signedIn(user);
        WebSession elsewhere = signedIn(user);
        String page = here.get("/account").body();
        assertThat(page).contains("Where you are signed in", "(this browser)", "Sign out everywhere else");

        String replacement = "new-password-" + user.id() + "-long";
        HttpResponse<String> changed = here.post(
                "/account/password",
                Map.of("currentPassword", user.password(), "newPassword", replacement, "_csrf", here.csrf("/account")));
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(isSignedIn(here)).isTrue();
        assertThat(isSignedIn(elsewhere)).isFalse();
        assertThat(sessionRows(user)).isEqualTo(1);
    }

    @Test
    void anAdminResetEndsEverySessionAndRevokesTheApiTokens() throws Exception {
        TestUser user = newUser("reset");
        WebSession session = signedIn(user);
        assertThat(api().token(user.token()).get("/api/v1/me").status()).isEqualTo(200);

        Api.Response reset = api().token(adminToken())
                .put("/api/v1/users/" + user.id() + "/password", Map.of("newPassword", "reset-by-admin-" + user.id()));
        assertThat(reset.status()).as(reset.body()).isBetween(200, 204);

        assertThat(isSignedIn(session)).isFalse();
        assertThat(api().token(user.token()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(tokens.of(user.asCurrent()))
                .allSatisfy(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyThisSession() throws Exception {
        TestUser user = newUser("everywhere");
        WebSession here = signedIn(user);
        WebSession phone = signedIn(user);
        WebSession laptop = signedIn(user);
        assertThat(sessionRows(user)).isEqualTo(3);

        HttpResponse<String> ended = here.post("/account/sessions/end-others", Map.of("_csrf", here.csrf("/account")));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(here.get("/account").body()).contains("You are signed out everywhere else.");

        assertThat(isSignedIn(here)).isTrue();
        assertThat(isSignedIn(phone)).isFalse();
        assertThat(isSignedIn(laptop)).isFalse();
    }

    @Test
    void aSessionIsSharedThroughTheDatabaseAndSignOutRemovesIt() throws Exception {
        TestUser user = newUser("row");
        WebSession session = signedIn(user);
        assertThat(sessionRows(user)).isEqualTo(1);
        session.post("/logout", Map.of("_csrf", session.csrf("/account")));
        assertThat(sessionRows(user)).isZero();
        assertThat(isSignedIn(session)).isFalse();
    }

    @Test
    void guessingFromElsewhereNeverLocksTheOwnerOut() throws Exception {
        TestUser owner = newUser("guessed");
        WebSession attacker = new WebSession(baseUrl()).from("203.0.113.9");
        int refusedWithoutChecking = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> guess = attacker.signIn(owner.username(), "guess-" + i);
            String location = guess.headers().firstValue("Location").orElseThrow();
            assertThat(location).containsAnyOf("/login?error", "/login?throttled=");
            if (location.contains("throttled")) {
                refusedWithoutChecking++;
                assertThat(guess.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(refusedWithoutChecking)
                .as("attempts past the free ones wait")
                .isPositive();

        HttpResponse<String> stillWaiting = attacker.signIn(owner.username(), owner.password());
        assertThat(stillWaiting.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
        long seconds =
                Long.parseLong(stillWaiting.headers().firstValue("Retry-After").orElseThrow());
        assertThat(seconds).isPositive();
        assertThat(attacker.get("/login?throttled=" + seconds).body()).contains("Please wait " + seconds + " seconds");

        WebSession ownersPhone = new WebSession(baseUrl()).from("198.51.100.4");
        assertThat(ownersPhone
                        .signIn(owner.username(), owner.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error")
                .doesNotContain("throttled");
        assertThat(isSignedIn(ownersPhone)).isTrue();
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryNameFromThere() throws Exception {
        WebSession sprayer = new WebSession(baseUrl()).from("192.0.2.77");
        String lastLocation = "";
        for (int i = 0; i < 60 && !lastLocation.contains("throttled"); i++) {
            lastLocation = sprayer.signIn("nobody-" + i, "password-" + i)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
        }
        assertThat(lastLocation).contains("/login?throttled=");
        TestUser someone = newUser("sprayed");
        assertThat(sprayer.signIn(someone.username(), someone.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/login?throttled=");
        assertThat(new WebSession(baseUrl())
                        .from("192.0.2.78")
                        .signIn(someone.username(), someone.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("throttled");
    }

    @Test
    void surveyListsShowTheOwnersNameNotTheirSignInName() throws Exception {
        TestUser owner = newUser("Survey Owner");
        String formId = "owned_" + owner.id();
        Api.Response created = api().token(owner.token())
                .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", SurveyIT.form(formId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String list = api().get("/api/v1/surveys").body();
        assertThat(list).doesNotContain(owner.username()).doesNotContain("\"owner\"");
        for (JsonNode survey : api().get("/api/v1/surveys").json()) {
            if (survey.get("formId").asText().equals(formId)) {
                assertThat(survey.get("ownerName").asText()).isEqualTo("Survey Owner");
            }
        }
    }

    @Test
    void everyApiErrorIsAProblemDetailInTheCallersLanguage() {
        Api.Response unknown = api().language("ru").get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertProblem(unknown, "not-found", "По этому адресу ничего нет.");

        Api.Response method = api().token(adminToken()).send("DELETE", "/api/v1/search?q=x", null, null);
        assertThat(method.status()).isEqualTo(405);
        assertProblem(method, "method-not-allowed", "This address does not take this method.");

        Api.Response media = api().token(adminToken()).send("POST", "/api/v1/alliances", "text/plain", "name");
        assertThat(media.status()).isEqualTo(415);
        assertProblem(media, "unsupported-media-type", "This address does not take this content type.");

        Api.Response page = api().language("zh").get("/api/v1/search?q=college&page=abc");
        assertThat(page.status()).isEqualTo(400);
        assertProblem(page, "invalid-input", null);
        assertThat(page.json().get("errors").get(0).get("field").asText()).isEqualTo("page");

        Api.Response rows = api().get("/api/v1/surveys/sco_youth_2026/crosstab?columns=country");
        assertThat(rows.status()).isEqualTo(400);
        assertProblem(rows, "invalid-input", null);
        assertThat(rows.json().get("errors").get(0).get("field").asText()).isEqualTo("rows");

        Api.Response anonymous = api().language("ru").post("/api/v1/alliances", Map.of("name", Map.of("en", "x")));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertProblem(anonymous, "unauthenticated", "Войдите или передайте личный API-токен.");
    }

    @Test
    void anUploadOverTheSizeLimitIsAProblemDetail(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // curl sends the body as a browser does and reads the answer the server gives before the
        // whole body is in (Java's own client loses it when the server closes the connection)
        java.nio.file.Path big = dir.resolve("big.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(big)) {
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < 54; i++) {
                out.write(megabyte);
            }
        }
        Process curl = new ProcessBuilder(
                        "curl",
                        "-s",
                        "-w",
                        "\n%{http_code}\n%{content_type}",
                        "-H",
                        "Authorization: Bearer " + adminToken(),
                        "-H",
                        "Accept-Language: zh",
                        "-F",
                        "file=@" + big,
                        baseUrl() + "/api/v1/surveys")
                .redirectErrorStream(true)
                .start();
        String[] answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        assertThat(curl.waitFor()).isZero();
        assertThat(answer[answer.length - 2]).isEqualTo("413");
        assertThat(answer[answer.length - 1]).startsWith("application/problem+json");
        JsonNode problem = Api.JSON.readTree(answer[0]);
        assertThat(problem.get("type").asText()).isEqualTo("urn:vocbridge:problem:too-large");
        assertThat(problem.get("title").asText()).isEqualTo("文件过大。");
    }

    @Test
    void queryStringSyntaxFromUsersIsBoundedAndNeverAnError() {
        String fuzzy = Api.encode("a~ b~ c~ d~ e~ f~ g~ h~ i~ j~ k~ l~");
        for (String path : new String[] {
            "/api/v1/search?q=" + fuzzy,
            "/api/v1/organizations?q=" + fuzzy,
            "/api/v1/people?q=" + fuzzy,
            "/api/v1/resources?q=" + fuzzy,
            "/search?q=" + fuzzy,
            "/organizations?q=" + fuzzy,
            "/library?q=" + fuzzy
        }) {
            assertThat(api().get(path).status()).as(path).isEqualTo(200);
        }
        String longQuery = Api.encode("college ".repeat(120));
        assertThat(api().get("/api/v1/search?q=" + longQuery).status()).isEqualTo(200);
        // "~2" does not widen the search's own typo tolerance: a six-letter word is matched one letter off
        assertThat(api().get("/api/v1/search?q=" + Api.encode("Tianjn~2"))
                        .json()
                        .toString())
                .contains("Tianjin University");
        assertThat(api().get("/api/v1/search?q=" + Api.encode("Tanjn~2")).json().toString())
                .as("a fuzzy term is not read as one")
                .doesNotContain("Tianjin University");
    }

    @Test
    void anInvalidLanguageTagInAFilterFindsNothingInsteadOfFailing() {
        Api.Response api = api().get("/api/v1/resources?language=a");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("items")).isEmpty();
        assertThat(api().get("/library?language=a").status()).isEqualTo(200);
    }

    @Test
    void anonymousSubmissionsAreBoundedAndAnsweredQuickly() {
        String path = "/api/v1/surveys/sco_youth_2026/responses";
        long before = responsesOfTheDemoSurvey();

        Map<String, Object> huge = Map.of(
                "instanceId",
                "uuid:huge-" + System.nanoTime(),
                "language",
                "en",
                "answers",
                Map.of("country", "KZ", "skills_wanted", "x".repeat(5 * 1024 * 1024)));
        Api.Response tooLarge = api().post(path, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertProblem(tooLarge, "too-large", "The request is too large.");

        Map<String, Object> longAnswer = Map.of(
                "instanceId",
                "uuid:long-" + System.nanoTime(),
                "language",
                "en",
                "answers",
                Map.of("country", "KZ", "skills_wanted", "x".repeat(20_000)));
        Api.Response tooLong = api().post(path, longAnswer);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(tooLong)).contains("error.tooLong");

        Map<String, String> unknown = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            unknown.put("q" + i, "1");
        }
        Api.Response many = api().post(
                        path,
                        Map.of("instanceId", "uuid:many-" + System.nanoTime(), "language", "en", "answers", unknown));
        assertThat(many.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(many)).contains("error.survey.tooManyAnswers");
        assertThat(many.json().get("errors").size()).isLessThanOrEqualTo(50);

        assertThat(responsesOfTheDemoSurvey()).as("nothing refused was stored").isEqualTo(before);
    }

    private long responsesOfTheDemoSurvey() {
        return jdbc.sql("select count(*) from surveys_response r join surveys_survey s on s.id = r.survey_id"
                        + " where s.form_id = 'sco_youth_2026'")
                .query(Long.class)
                .single();
    }

    @Test
    void theImportPageSaysWhyAFileIsRefusedAndWhereInTheReadersLanguage() throws Exception {
        TestUser user = newUser("page-importer");
        WebSession session = signedIn(user);
        String csrf = session.csrf("/surveys");
        Map<String, byte[]> unreadable = new java.util.LinkedHashMap<>();
        unreadable.put("form.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.UTF_8));
        unreadable.put("empty.xlsx", new byte[0]);
        unreadable.put(
                "xxe.xlsx",
                zip(
                        Map.of(
                                "[Content_Types].xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types>&x;</Types>",
                                "xl/workbook.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;</workbook>")));
        unreadable.put("bomb.xlsx", zipOfZeros(210));
        for (var file : unreadable.entrySet()) {
            HttpResponse<String> refused =
                    session.postFile("/surveys/import", csrf, file.getKey(), file.getValue(), "Accept-Language", "ru");
            assertThat(refused.statusCode()).as(file.getKey()).isEqualTo(422);
            assertThat(refused.body())
                    .as(file.getKey())
                    .containsAnyOf(
                            "Не удалось прочитать файл как таблицу.",
                            "Архив распаковывается в слишком большой объём данных.")
                    .doesNotContain("root:x:0:0");
        }

        byte[] loop = java.nio.file.Files.readAllBytes(
                org.vocbridge.testing.ReferenceData.require("xlsform").resolve("loop.xlsx"));
        HttpResponse<String> rejected = session.postFile("/surveys/import", csrf, "loop.xlsx", loop);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Sheet survey, row 2, column type:");
    }

    @Test
    void namesThatCouldNeverBeAnsweredOrAreTooLongAreRefusedOnImport() throws Exception {
        byte[] form = SurveyIT.form(
                "bad_names_" + System.nanoTime(),
                "Bad names",
                java.util.List.of(
                        SurveyIT.question(
                                "skills",
                                org.vocbridge.surveys.QuestionType.SELECT_MULTIPLE,
                                "skills",
                                "Which skills?",
                                false,
                                null,
                                null,
                                null),
                        SurveyIT.question(
                                "q" + "x".repeat(10_000),
                                org.vocbridge.surveys.QuestionType.TEXT,
                                null,
                                "A name no one can type",
                                false,
                                null,
                                null,
                                null)),
                Map.of(
                        "skills",
                        java.util.List.of(new org.vocbridge.surveys.Questionnaire.Choice(
                                "cnc machining",
                                org.vocbridge.shared.LocalizedText.of("en", "CNC machining"),
                                Map.of()))));
        Api.Response refused = api().token(newUser("namer").token()).upload("/api/v1/surveys", "names.xlsx", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsString("code"))
                .contains("error.xlsform.choice.space", "error.xlsform.name.long");
    }

    @Test
    void aResumeCodeNeverShapesTheAddressItRedirectsTo() throws Exception {
        WebSession respondent = new WebSession(baseUrl());
        String csrf = respondent.csrf("/login");
        HttpResponse<String> odd =
                respondent.post("/s/some-link/resume", Map.of("code", "../../admin//evil.example", "_csrf", csrf));
        assertThat(odd.statusCode()).isEqualTo(302);
        assertThat(odd.headers().firstValue("Location").orElseThrow()).endsWith("/s/some-link/r/-");
        HttpResponse<String> fine = respondent.post("/s/some-link/resume", Map.of("code", "ab2c-d3ef", "_csrf", csrf));
        assertThat(fine.headers().firstValue("Location").orElseThrow()).endsWith("/s/some-link/r/ab2cd3ef");
    }

    private static byte[] zip(Map<String, String> entries) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOfZeros(int megabytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void onlyALoopbackProxyIsBelievedAboutTheClientsAddress() {
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
        var valve = java.util.Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(org.apache.catalina.valves.RemoteIpValve.class::isInstance)
                .map(org.apache.catalina.valves.RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
        java.util.regex.Pattern trusted = java.util.regex.Pattern.compile(valve.getInternalProxies());
        assertThat(java.util.List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1"))
                .allMatch(a -> trusted.matcher(a).matches());
        assertThat(java.util.List.of("10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.1.1", "100.64.0.1"))
                .noneMatch(a -> trusted.matcher(a).matches());
    }

    private static void assertProblem(Api.Response response, String type, String title) {
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:vocbridge:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        if (title != null) {
            assertThat(problem.get("title").asText()).isEqualTo(title);
        }
    }
}
