package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.domain.XlsForm;
import org.vocbridge.testing.ReferenceData;
import tools.jackson.databind.JsonNode;

/**
 * Surveys over HTTP: XLSForm import (and refusal), the definition and XLSForm export, and responses
 * that are checked on the server, stored once per instance ID, and conflict when an ID comes back
 * with other answers.
 */
class SurveyIT extends IntegrationTest {

    static Questionnaire.Question question(
            String name,
            QuestionType type,
            String list,
            String label,
            boolean required,
            String relevant,
            String constraint,
            String calculation) {
        return new Questionnaire.Question(
                name,
                type,
                list,
                label == null ? LocalizedText.EMPTY : LocalizedText.of("en", label, "zh", label + "（中文）"),
                LocalizedText.EMPTY,
                required,
                LocalizedText.EMPTY,
                relevant,
                constraint,
                LocalizedText.EMPTY,
                null,
                null,
                null,
                calculation);
    }

    static byte[] form(String formId) throws IOException {
        return form(
                formId,
                "Youth and skills",
                List.of(
                        question(
                                "age",
                                QuestionType.INTEGER,
                                null,
                                "How old are you?",
                                true,
                                null,
                                ". >= 10 and . <= 35",
                                null),
                        question(
                                "consent",
                                QuestionType.SELECT_ONE,
                                "yes_no",
                                "Does a guardian agree?",
                                true,
                                "${age} < 18",
                                null,
                                null),
                        question(
                                "skills",
                                QuestionType.SELECT_MULTIPLE,
                                "skills",
                                "Which skills?",
                                false,
                                null,
                                "count-selected(.) <= 2",
                                null),
                        question(
                                "adult",
                                QuestionType.CALCULATE,
                                null,
                                null,
                                false,
                                null,
                                null,
                                "if(${age} >= 18, 'yes', 'no')")),
                Map.of(
                        "yes_no",
                        YES_NO,
                        "skills",
                        List.of(
                                new Questionnaire.Choice("welding", LocalizedText.of("en", "Welding"), Map.of()),
                                new Questionnaire.Choice("cnc", LocalizedText.of("en", "CNC machining"), Map.of()),
                                new Questionnaire.Choice("cooking", LocalizedText.of("en", "Cooking"), Map.of()))));
    }

    static final List<Questionnaire.Choice> YES_NO = List.of(
            new Questionnaire.Choice("yes", LocalizedText.of("en", "Yes"), Map.of()),
            new Questionnaire.Choice("no", LocalizedText.of("en", "No"), Map.of()));

    /** A form in English and Chinese (English first), as an XLSForm workbook. */
    static byte[] form(
            String formId, String title, List<Questionnaire.Item> items, Map<String, List<Questionnaire.Choice>> lists)
            throws IOException {
        Questionnaire q =
                new Questionnaire(formId, "1", LocalizedText.of("en", title), "en", List.of("en", "zh"), items, lists);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsForm.write(q, out);
        return out.toByteArray();
    }

    String newSurvey() throws IOException {
        return newSurvey(newUser("survey-owner"));
    }

    String newSurvey(TestUser owner) throws IOException {
        String formId = "youth_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api().token(owner.token())
                .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", form(formId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return formId;
    }

    Api.Response submit(String formId, String instanceId, Map<String, String> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceId", instanceId);
        body.put("language", "zh");
        body.put("answers", answers);
        return api().post("/api/v1/surveys/" + formId + "/responses", body);
    }

    @Test
    void anXlsFormIsImportedServedAndExportedOrRefusedWithItsProblems() throws IOException {
        String formId = newSurvey();
        JsonNode definition = api().get("/api/v1/surveys/" + formId).json();
        assertThat(definition.get("languages")).extracting(JsonNode::asText).containsExactly("en", "zh");
        assertThat(definition.get("items").get(1).get("relevant").asText()).isEqualTo("${age} < 18");
        Api.Response xlsx = api().get("/api/v1/surveys/" + formId + "/xlsform");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(XlsForm.read(new java.io.ByteArrayInputStream(xlsx.raw().body()))
                        .items())
                .hasSize(4);

        TestUser owner = newUser("survey-owner");
        byte[] loop = Files.readAllBytes(ReferenceData.require("xlsform").resolve("loop.xlsx"));
        Api.Response refused =
                api().token(owner.token()).upload("/api/v1/surveys", "loop.xlsx", "application/octet-stream", loop);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode first = refused.json().get("errors").get(0);
        assertThat(first.get("sheet").asText()).isEqualTo("survey");
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("column").asText()).isEqualTo("type");
        assertThat(first.get("message").asText()).contains("select all that apply from toilet_type or specify other");
        // the form ID names the survey in its addresses: one segment, that any address can carry
        for (String badId : List.of("a/b", "../x", "two words", "9lives", "é_form")) {
            Api.Response badName = api().token(owner.token())
                    .upload("/api/v1/surveys", "f.xlsx", "application/octet-stream", form(badId));
            assertThat(badName.status()).as(badId).isEqualTo(400);
            assertThat(badName.json().toString()).as(badId).contains("form ID");
        }
        assertThat(api().upload("/api/v1/surveys", "f.xlsx", "application/octet-stream", form("anon_form"))
                        .status())
                .as("importing needs an account")
                .isEqualTo(401);
    }

    @Test
    void eachSubmissionSentThreeTimesIsStoredOnceAndOtherAnswersUnderTheSameIdConflict() throws IOException {
        String formId = newSurvey();
        String instance = "uuid:" + UUID.randomUUID();
        Map<String, String> answers = Map.of("age", "16", "consent", "yes", "skills", "welding cnc");
        Api.Response first = submit(formId, instance, answers);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long id = first.json().get("responseId").asLong();
        for (int i = 0; i < 2; i++) {
            Api.Response again = submit(formId, instance, answers);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("responseId").asLong()).isEqualTo(id);
            assertThat(again.json().get("submittedAt").asText())
                    .as("the same receipt")
                    .isEqualTo(first.json().get("submittedAt").asText());
            assertThat(again.json().get("replay").asBoolean()).isTrue();
        }
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .isEqualTo(1);
        Api.Response other = submit(formId, instance, Map.of("age", "17", "consent", "yes"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("type").asText()).isEqualTo("urn:vocbridge:problem:instance-conflict");
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void tooManySubmissionsFromOneSourceAreRefusedWithoutTouchingOthers() throws IOException {
        String formId = newSurvey();
        String flooding = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        int accepted = 0;
        Api.Response refused = null;
        for (int i = 0; i < 80 && refused == null; i++) {
            Api.Response r = api().header("X-Forwarded-For", flooding)
                    .post(
                            "/api/v1/surveys/" + formId + "/responses",
                            Map.of("instanceId", "uuid:" + UUID.randomUUID(), "answers", Map.of("age", "20")));
            if (r.status() == 429) {
                refused = r;
            } else {
                assertThat(r.status()).isEqualTo(201);
                accepted++;
            }
        }
        assertThat(refused).as("a source sending without pause is stopped").isNotNull();
        assertThat(accepted).as("after its burst allowance").isGreaterThanOrEqualTo(30);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:vocbridge:problem:too-many-submissions");
        Api.Response other = api().header("X-Forwarded-For", "198.51.100.7")
                .post(
                        "/api/v1/surveys/" + formId + "/responses",
                        Map.of("instanceId", "uuid:" + UUID.randomUUID(), "answers", Map.of("age", "22")));
        assertThat(other.status()).as("another source is not affected").isEqualTo(201);
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .isEqualTo(accepted + 1);
    }

    @Test
    void answersAreCheckedAsTheFormsLogicSays() throws IOException {
        String formId = newSurvey();
        Api.Response bad = submit(
                formId,
                "uuid:" + UUID.randomUUID(),
                Map.of("age", "16", "skills", "welding cnc cooking", "nickname", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(bad))
                .containsExactlyInAnyOrder(
                        "error.survey.unknownQuestion", "error.survey.required", "error.survey.constraint");
        assertThat(CooperationIT.errorCodes(submit(formId, "uuid:" + UUID.randomUUID(), Map.of("age", "sixteen"))))
                .containsExactly("error.survey.type.integer");
        assertThat(CooperationIT.errorCodes(submit(formId, "uuid:" + UUID.randomUUID(), Map.of("age", "40"))))
                .containsExactly("error.survey.constraint");
        assertThat(CooperationIT.errorCodes(submit(formId, "short", Map.of("age", "20"))))
                .containsExactly("error.survey.instanceId");
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .as("nothing bad was stored")
                .isZero();
        // an adult is not asked for consent: an answer to it is left out, not refused
        assertThat(submit(formId, "uuid:" + UUID.randomUUID(), Map.of("age", "20", "consent", "no"))
                        .status())
                .isEqualTo(201);
    }

    /** A household survey: the respondent's name, then a family member section repeated once per member. */
    static byte[] householdForm(String formId) throws IOException {
        return form(
                formId,
                "Households",
                List.of(
                        question("respondent", QuestionType.TEXT, null, "Your name", true, null, null, null),
                        new Questionnaire.Section(
                                "members",
                                true,
                                LocalizedText.of("en", "Family member", "zh", "家庭成员"),
                                null,
                                null,
                                List.of(
                                        question(
                                                "member_age",
                                                QuestionType.INTEGER,
                                                null,
                                                "Member's age",
                                                true,
                                                null,
                                                ". <= 120",
                                                null),
                                        question(
                                                "member_school",
                                                QuestionType.SELECT_ONE,
                                                "yes_no",
                                                "Goes to school?",
                                                false,
                                                "${member_age} < 18",
                                                null,
                                                null)))),
                Map.of("yes_no", YES_NO));
    }

    @Test
    void aRepeatedSectionIsAnsweredOnceForEachMemberAddedAndExportedInRowsOfItsOwn() throws Exception {
        TestUser owner = newUser("survey-owner");
        String formId = "household_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api().token(owner.token())
                .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", householdForm(formId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        // through the API: the count under the section's name, each instance's answers under name#n
        Api.Response stored = submit(
                formId,
                "uuid:" + UUID.randomUUID(),
                Map.of(
                        "respondent", "Aigerim",
                        "members", "2",
                        "member_age#1", "15",
                        "member_school#1", "yes",
                        "member_age#2", "40",
                        "member_school#2", "no"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        Api.Response missing = submit(
                formId, "uuid:" + UUID.randomUUID(), Map.of("respondent", "B", "members", "2", "member_age#1", "15"));
        assertThat(CooperationIT.errorCodes(missing)).containsExactly("error.survey.required");
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("answers.member_age#2");
        assertThat(CooperationIT.errorCodes(submit(
                        formId,
                        "uuid:" + UUID.randomUUID(),
                        Map.of("respondent", "B", "members", "1", "member_age#1", "15", "member_age#2", "9"))))
                .as("an instance beyond the count")
                .containsExactly("error.survey.unknownQuestion");
        assertThat(CooperationIT.errorCodes(
                        submit(formId, "uuid:" + UUID.randomUUID(), Map.of("respondent", "B", "member_age", "15"))))
                .as("a repeated question's answer without its instance")
                .containsExactly("error.survey.unknownQuestion");
        assertThat(CooperationIT.errorCodes(
                        submit(formId, "uuid:" + UUID.randomUUID(), Map.of("respondent", "B", "members", "51"))))
                .containsExactly("error.survey.repeatCount");

        // on the respondent pages: add members, answer each (skip logic per member), remove one
        WebSession web = new WebSession(baseUrl());
        String draft = start(web, addLink(owner, formId, "UZ"), "en");
        HttpResponse<String> first = web.get(draft);
        web.postPairs(draft, "a.respondent", "Dilnoza", "action", "next", "_csrf", csrfOf(first.body()));
        HttpResponse<String> members = web.get(draft);
        assertThat(members.body()).contains("Add: Family member").doesNotContain("a.member_age");
        web.postPairs(draft, "action", "add:members", "_csrf", csrfOf(members.body()));
        HttpResponse<String> one = web.get(draft);
        assertThat(one.body()).contains("name=\"a.member_age#1\"").doesNotContain("a.member_school#1");
        web.postPairs(draft, "a.member_age#1", "12", "action", "add:members", "_csrf", csrfOf(one.body()));
        HttpResponse<String> two = web.get(draft);
        assertThat(two.body())
                .as("the first member is 12: asked about school")
                .contains("name=\"a.member_school#1\"")
                .contains("name=\"a.member_age#2\"")
                .doesNotContain("a.member_school#2");
        HttpResponse<String> invalid = web.postPairs(
                draft,
                "a.member_age#1",
                "12",
                "a.member_school#1",
                "yes",
                "a.member_age#2",
                "200",
                "action",
                "next",
                "_csrf",
                csrfOf(two.body()));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"q-member_age#2\"");
        web.postPairs(
                draft,
                "a.member_age#1",
                "12",
                "a.member_school#1",
                "yes",
                "a.member_age#2",
                "44",
                "action",
                "add:members",
                "_csrf",
                csrfOf(two.body()));
        HttpResponse<String> three = web.get(draft);
        web.postPairs(
                draft,
                "a.member_age#1",
                "12",
                "a.member_school#1",
                "yes",
                "a.member_age#2",
                "44",
                "a.member_age#3",
                "70",
                "action",
                "remove:members:2",
                "_csrf",
                csrfOf(three.body()));
        HttpResponse<String> afterRemoval = web.get(draft);
        assertThat(afterRemoval.body())
                .as("the third member moved up")
                .contains("name=\"a.member_age#2\" value=\"70\"")
                .doesNotContain("a.member_age#3");
        HttpResponse<String> done = web.postPairs(
                draft,
                "a.member_age#1",
                "12",
                "a.member_school#1",
                "yes",
                "a.member_age#2",
                "70",
                "action",
                "next",
                "_csrf",
                csrfOf(afterRemoval.body()));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

        List<Map<String, String>> responses =
                csv(api().token(owner.token()).get("/api/v1/surveys/" + formId + "/responses.csv"));
        assertThat(responses).extracting(r -> r.get("members")).containsExactlyInAnyOrder("2", "2");
        assertThat(responses.get(0)).doesNotContainKey("member_age");
        List<Map<String, String>> instances =
                csv(api().token(owner.token()).get("/api/v1/surveys/" + formId + "/responses.csv?repeat=members"));
        String webInstance = responses.stream()
                .filter(r -> r.get("respondent").equals("Dilnoza"))
                .findFirst()
                .orElseThrow()
                .get("_instance_id");
        assertThat(instances)
                .filteredOn(r -> r.get("_instance_id").equals(webInstance))
                .extracting(r -> r.get("_index") + ":" + r.get("member_age") + ":" + r.get("member_school"))
                .containsExactly("1:12:yes", "2:70:");
        assertThat(instances).hasSize(4);
        assertThat(api().token(owner.token())
                        .get("/api/v1/surveys/" + formId + "/responses.csv?repeat=nothing")
                        .status())
                .isEqualTo(404);
        var sheets = org.vocbridge.shared.spreadsheet.Spreadsheet.readSheets(
                new java.io.ByteArrayInputStream(api().token(owner.token())
                        .get("/api/v1/surveys/" + formId + "/responses.xlsx")
                        .raw()
                        .body()));
        assertThat(sheets.get("members")).hasSize(4);
        assertThat(sheets.get("codebook"))
                .anySatisfy(r -> assertThat(r.cells()).containsEntry("column", "members:member_age"))
                .anySatisfy(r ->
                        assertThat(r.cells()).containsEntry("column", "members").containsEntry("type", "repeat_count"));
    }

    static final Pattern CODE_IN_ADDRESS = Pattern.compile("/s/([A-Z0-9]+)/r/([A-Z0-9]+)$");

    /** Sets the survey's consent page (minors need a guardian) and more, as its owner. */
    void configure(TestUser owner, String formId, boolean invitationOnly, boolean published) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("consentText", Map.of("en", "We ask about your skills.", "zh", "我们想了解您的技能。"));
        settings.put("guardianText", Map.of("en", "A parent agrees.", "zh", "父母同意。"));
        settings.put("adultAge", 18);
        settings.put("invitationOnly", invitationOnly);
        settings.put("suppressionK", 5);
        settings.put("resultsPublished", published);
        Api.Response r = api().token(owner.token()).put("/api/v1/surveys/" + formId + "/distribution", settings);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    String addLink(TestUser owner, String formId, String country) {
        Api.Response link =
                api().token(owner.token()).post("/api/v1/surveys/" + formId + "/links", Map.of("country", country));
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        return link.json().get("token").asText();
    }

    void setQuota(TestUser owner, String formId, String country, int maxResponses) {
        Api.Response set = api().token(owner.token())
                .put("/api/v1/surveys/" + formId + "/quotas/" + country, Map.of("maxResponses", maxResponses));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    /** Starts answering by a link in a browser-like session; returns the draft's address. */
    static String start(WebSession web, String token, String language) throws Exception {
        String csrf = web.csrf("/s/" + token);
        HttpResponse<String> started = web.post("/s/" + token + "/start", Map.of("language", language, "_csrf", csrf));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String redirect = started.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).as("a redirect carries no page layout model").doesNotContain("uiLanguages");
        String location = URI.create(redirect).getPath();
        assertThat(CODE_IN_ADDRESS.matcher(location).find()).as(location).isTrue();
        return location;
    }

    static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void aRespondentAnswersPageByPageWithConsentSkipLogicAndAResumeCode() throws Exception {
        TestUser owner = newUser("survey-owner");
        String formId = newSurvey(owner);
        configure(owner, formId, false, false);
        String token = addLink(owner, formId, "KZ");

        WebSession phone = new WebSession(baseUrl());
        String draft = start(phone, token, "zh");
        HttpResponse<String> consent = phone.get(draft);
        assertThat(consent.body()).contains("我们想了解您的技能。").contains("name=\"age\"");
        HttpResponse<String> minor =
                phone.post(draft + "/consent", Map.of("age", "15", "consent", "true", "_csrf", csrfOf(consent.body())));
        assertThat(minor.statusCode())
                .as("a minor without a guardian's consent")
                .isEqualTo(422);
        assertThat(phone.post(
                                draft + "/consent",
                                Map.of(
                                        "age",
                                        "15",
                                        "consent",
                                        "true",
                                        "guardianConsent",
                                        "true",
                                        "_csrf",
                                        csrfOf(consent.body())))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> agePage = phone.get(draft);
        assertThat(agePage.statusCode()).as(agePage.body()).isEqualTo(200);
        assertThat(agePage.body()).contains("How old are you?（中文）").doesNotContain("Which skills?");
        Matcher stylesheet =
                Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(agePage.body());
        assertThat(stylesheet.find()).isTrue();
        Api.Response css = api().get(stylesheet.group(1));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        // one small script, for what a page shows as it is answered; the page works without it
        Matcher scripts = Pattern.compile("<script[^>]* src=\"([^\"]+)\"").matcher(agePage.body());
        assertThat(scripts.find()).isTrue();
        assertThat(scripts.group(1)).contains("/respond");
        Api.Response script = api().get(scripts.group(1));
        assertThat(script.status()).isEqualTo(200);
        assertThat(scripts.find()).as("no other script").isFalse();
        assertThat(agePage.body().getBytes(StandardCharsets.UTF_8).length
                        + css.raw().body().length
                        + script.raw().body().length)
                .as("a page with everything it loads")
                .isLessThan(50 * 1024);
        HttpResponse<String> tooOld =
                phone.postPairs(draft, "a.age", "99", "action", "next", "_csrf", csrfOf(agePage.body()));
        assertThat(tooOld.statusCode())
                .as("the constraint is checked on the server")
                .isEqualTo(422);
        assertThat(phone.postPairs(draft, "a.age", "16", "action", "next", "_csrf", csrfOf(agePage.body()))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> guardianPage = phone.get(draft);
        assertThat(guardianPage.body()).as("asked because 16 < 18").contains("Does a guardian agree?（中文）");
        HttpResponse<String> saved =
                phone.postPairs(draft, "a.consent", "yes", "action", "save", "_csrf", csrfOf(guardianPage.body()));
        Matcher code = Pattern.compile("id=\"resume-code\">([A-Z0-9-]+)<").matcher(saved.body());
        assertThat(code.find()).as(saved.body()).isTrue();

        WebSession laptop = new WebSession(baseUrl());
        HttpResponse<String> resumed = laptop.post(
                "/s/" + token + "/resume",
                Map.of("code", code.group(1).toLowerCase(), "_csrf", laptop.csrf("/s/" + token)));
        String resumedAt = URI.create(resumed.headers().firstValue("Location").orElseThrow())
                .getPath();
        HttpResponse<String> again = laptop.get(resumedAt);
        assertThat(again.body()).contains("Does a guardian agree?（中文）").contains("value=\"yes\" checked=\"checked\"");
        assertThat(laptop.postPairs(resumedAt, "a.consent", "yes", "action", "next", "_csrf", csrfOf(again.body()))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> skills = laptop.get(resumedAt);
        HttpResponse<String> done = laptop.postPairs(
                resumedAt,
                "a.skills",
                "welding",
                "a.skills",
                "cnc",
                "a.skills",
                "",
                "action",
                "next",
                "_csrf",
                csrfOf(skills.body()));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("uuid:");
        assertThat(laptop.get(resumedAt).statusCode())
                .as("a submitted draft is gone")
                .isEqualTo(404);

        // an adult does not see the guardian question
        WebSession adult = new WebSession(baseUrl());
        String adultDraft = start(adult, token, "en");
        HttpResponse<String> adultConsent = adult.get(adultDraft);
        adult.post(
                adultDraft + "/consent", Map.of("age", "25", "consent", "true", "_csrf", csrfOf(adultConsent.body())));
        HttpResponse<String> adultAge = adult.get(adultDraft);
        adult.postPairs(adultDraft, "a.age", "25", "action", "next", "_csrf", csrfOf(adultAge.body()));
        assertThat(adult.get(adultDraft).body()).contains("Which skills?").doesNotContain("Does a guardian agree?");

        List<Map<String, String>> rows =
                csv(api().token(owner.token()).get("/api/v1/surveys/" + formId + "/responses.csv"));
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        assertThat(row)
                .containsEntry("_channel", "country-KZ")
                .containsEntry("_country", "KZ")
                .containsEntry("_consent_age", "15")
                .containsEntry("_language", "zh")
                .containsEntry("age", "16")
                .containsEntry("skills", "welding cnc")
                .containsEntry("skills/cnc", "1")
                .containsEntry("skills/cooking", "0")
                .containsEntry("consent", "yes")
                .containsEntry("adult", "no");
    }

    static List<Map<String, String>> csv(Api.Response response) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(response.body().replace("\uFEFF", "")))) {
            return parser.getRecords().stream().map(r -> r.toMap()).toList();
        }
    }

    Api.Response submitWith(String formId, String link, String invitation, Map<String, String> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceId", "uuid:" + UUID.randomUUID());
        body.put("language", "en");
        if (link != null) {
            body.put("link", link);
        }
        if (invitation != null) {
            body.put("invitationCode", invitation);
        }
        body.put("age", 20);
        body.put("consent", true);
        body.put("answers", answers);
        // each test answers from its own address, so that no other test's submissions count against it
        return api().header("X-Forwarded-For", source).post("/api/v1/surveys/" + formId + "/responses", body);
    }

    final String source =
            "198.18." + new java.util.Random().nextInt(256) + "." + (1 + new java.util.Random().nextInt(250));

    @Test
    void invitationCodesAreGoodForOneResponseAndACountryStopsAtItsQuota() throws IOException {
        TestUser owner = newUser("survey-owner");
        String formId = newSurvey(owner);
        configure(owner, formId, true, false);
        Api.Response made =
                api().token(owner.token()).post("/api/v1/surveys/" + formId + "/invitations", Map.of("count", 2));
        assertThat(made.status()).isEqualTo(201);
        String first = made.json().get(0).asText();
        String second = made.json().get(1).asText();
        assertThat(submitWith(formId, null, first, Map.of("age", "20")).status())
                .isEqualTo(201);
        assertThat(CooperationIT.errorCodes(submitWith(formId, null, first, Map.of("age", "21"))))
                .containsExactly("error.survey.invitationUsed");
        assertThat(CooperationIT.errorCodes(submitWith(formId, null, null, Map.of("age", "21"))))
                .containsExactly("error.survey.invitationRequired");
        assertThat(api().post("/api/v1/surveys/" + formId + "/invitations", Map.of("count", 1))
                        .status())
                .as("only the owner makes codes")
                .isEqualTo(401);

        String kz = addLink(owner, formId, "KZ");
        setQuota(owner, formId, "KZ", 1);
        configure(owner, formId, false, false);
        assertThat(submitWith(formId, kz, null, Map.of("age", "22")).status()).isEqualTo(201);
        assertThat(CooperationIT.errorCodes(submitWith(formId, kz, null, Map.of("age", "23"))))
                .containsExactly("error.survey.quotaFull");
        assertThat(submitWith(formId, null, second, Map.of("age", "24")).status())
                .as("a response from no country is not held by Kazakhstan's quota")
                .isEqualTo(201);
        JsonNode owners = api().token(owner.token())
                .get("/api/v1/surveys/" + formId + "/quotas")
                .json()
                .get(0);
        assertThat(owners.get("taken").asInt()).isEqualTo(1);
        assertThat(owners.get("maxResponses").asInt()).isEqualTo(1);
        JsonNode everyones =
                api().get("/api/v1/surveys/" + formId + "/quotas").json().get(0);
        assertThat(everyones.get("country").asText()).isEqualTo("KZ");
        assertThat(everyones.get("full").asBoolean()).isTrue();
        assertThat(everyones.has("taken") || everyones.has("maxResponses"))
                .as("a country's count is the owner's to see, below k or not")
                .isFalse();
        assertThat(api().token(newUser("stranger").token())
                        .get("/api/v1/surveys/" + formId + "/quotas")
                        .body())
                .doesNotContain("taken");
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void aChangeToTheSurveyHoldsFromTheVeryNextSubmission() throws IOException {
        TestUser owner = newUser("survey-owner");
        String formId = newSurvey(owner);
        configure(owner, formId, false, false);
        assertThat(submitWith(formId, null, null, Map.of("age", "20")).status()).isEqualTo(201);
        configure(owner, formId, true, false);
        assertThat(CooperationIT.errorCodes(submitWith(formId, null, null, Map.of("age", "21"))))
                .as("by invitation only from now on")
                .containsExactly("error.survey.invitationRequired");
        configure(owner, formId, false, false);
        assertThat(submitWith(formId, null, null, Map.of("age", "21")).status())
                .as("open to all again")
                .isEqualTo(201);

        String kz = addLink(owner, formId, "KZ");
        setQuota(owner, formId, "KZ", 1);
        assertThat(submitWith(formId, kz, null, Map.of("age", "22")).status()).isEqualTo(201);
        assertThat(CooperationIT.errorCodes(submitWith(formId, kz, null, Map.of("age", "23"))))
                .as("the first quota set counts the next response")
                .containsExactly("error.survey.quotaFull");
        assertThat(api().get("/api/v1/surveys/" + formId + "/summary")
                        .json()
                        .get("responses")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void publishedResultsHideSmallCountsAndWhatTheTotalsWouldReveal() throws IOException {
        TestUser owner = newUser("survey-owner");
        String formId = newSurvey(owner);
        configure(owner, formId, false, false);
        for (int i = 0; i < 7; i++) {
            assertThat(submitWith(formId, null, null, Map.of("age", "16", "consent", "yes", "skills", "welding cnc"))
                            .status())
                    .isEqualTo(201);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(submitWith(formId, null, null, Map.of("age", "17", "consent", "no", "skills", "cooking"))
                            .status())
                    .isEqualTo(201);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(submitWith(formId, null, null, Map.of("age", "30", "skills", "welding"))
                            .status())
                    .isEqualTo(201);
        }
        String results = "/api/v1/surveys/" + formId + "/results";
        assertThat(api().get(results).status()).as("not published yet").isEqualTo(403);
        assertThat(api().token(newUser("other").token()).get(results).status()).isEqualTo(403);

        JsonNode full = api().token(owner.token()).get(results).json();
        assertThat(full.get("respondents").asInt()).isEqualTo(12);
        JsonNode consent = table(full, "consent");
        assertThat(consent.get("counts").get(0).get(0).asInt()).isEqualTo(7);
        assertThat(consent.get("counts").get(1).get(0).asInt()).isEqualTo(2);
        JsonNode skills = table(full, "skills");
        assertThat(skills.get("counts").get(0).get(0).asInt()).as("welding").isEqualTo(10);
        assertThat(skills.get("counts").get(3).get(0).asInt())
                .as("respondents who answered")
                .isEqualTo(12);

        configure(owner, formId, false, true);
        JsonNode published = api().get(results).json();
        JsonNode hidden = table(published, "consent").get("counts");
        assertThat(hidden.get(1).get(0).asInt()).as("2 is below k").isEqualTo(-1);
        assertThat(hidden.get(0).get(0).asInt())
                .as("7 would give 2 away with the total")
                .isEqualTo(-1);
        assertThat(hidden.get(1).get(1).asInt()).as("the row total of 2").isEqualTo(-1);
        assertThat(hidden.get(2).get(1).asInt()).as("the respondents are shown").isEqualTo(9);
        JsonNode byCountry = api().get(results + "?by=channel").json();
        assertThat(table(byCountry, "skills").get("columns").get(0).get("code").asText())
                .isEqualTo("api");

        JsonNode crossTab = api().token(owner.token())
                .get("/api/v1/surveys/" + formId + "/crosstab?rows=consent&columns=skills")
                .json();
        assertThat(crossTab.get("counts").get(0).get(0).asInt())
                .as("yes × welding")
                .isEqualTo(7);
        assertThat(crossTab.get("counts").get(1).get(2).asInt())
                .as("no × cooking")
                .isEqualTo(2);
        assertThat(api().get("/api/v1/surveys/" + formId + "/crosstab?rows=consent&columns=skills")
                        .json()
                        .get("counts")
                        .get(1)
                        .get(2)
                        .asInt())
                .isEqualTo(-1);
        assertThat(CooperationIT.errorCodes(
                        api().get("/api/v1/surveys/" + formId + "/crosstab?rows=age&columns=skills")))
                .containsExactly("error.survey.notAChoiceQuestion");
        assertThat(api().get("/api/v1/surveys/" + formId + "/tables.csv").body())
                .contains("suppressed");

        Api.Response xlsx = api().token(owner.token()).get("/api/v1/surveys/" + formId + "/responses.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        var sheets = org.vocbridge.shared.spreadsheet.Spreadsheet.readSheets(
                new java.io.ByteArrayInputStream(xlsx.raw().body()));
        assertThat(sheets.get("responses")).hasSize(12);
        assertThat(sheets.get("codebook")).anySatisfy(r -> assertThat(r.cells())
                .containsEntry("column", "skills")
                .containsEntry("value", "cnc")
                .containsEntry("label::en", "CNC machining"));
        assertThat(api().get("/api/v1/surveys/" + formId + "/responses.csv").status())
                .isEqualTo(401);
        assertThat(api().token(newUser("other").token())
                        .get("/api/v1/surveys/" + formId + "/responses.xlsx")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDemoSurveysAnswersSpreadAsRealOnesDo() {
        JsonNode results = api().token(adminToken())
                .get("/api/v1/surveys/sco_youth_2026/results")
                .json();
        for (String question : List.of("barriers", "platform_use", "skills_wanted")) {
            JsonNode counts = table(results, question).get("counts");
            int answered = counts.get(counts.size() - 1).get(0).asInt();
            assertThat(answered).as(question).isPositive();
            for (int row = 0; row < counts.size() - 1; row++) {
                // no choice taken by everyone, none by no one
                assertThat(counts.get(row).get(0).asInt())
                        .as(question + " row " + row)
                        .isBetween(1, answered - 1);
            }
        }
        JsonNode gender = table(results, "gender");
        int respondents =
                gender.get("counts").get(gender.get("counts").size() - 1).get(0).asInt();
        for (int row = 0; row < gender.get("rows").size(); row++) {
            if (gender.get("rows").get(row).get("code").asText().equals("other")) {
                assertThat(gender.get("counts").get(row).get(0).asInt()).isLessThan(respondents / 10);
            }
        }
    }

    static JsonNode table(JsonNode results, String question) {
        for (JsonNode t : results.get("tables")) {
            if (t.get("question").asText().equals(question)) {
                return t;
            }
        }
        throw new AssertionError("no table of " + question);
    }

    @Test
    void theOwnerBuildsAQuestionnaireOnTheWeb() throws Exception {
        TestUser owner = newUser("survey-owner");
        WebSession web = new WebSession(baseUrl());
        assertThat(web.signIn(owner.username(), owner.password()).statusCode()).isEqualTo(302);
        String formId = "built_" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = web.post(
                "/surveys/new",
                Map.of(
                        "formId",
                        formId,
                        "title_en",
                        "Skills",
                        "title_zh",
                        "技能",
                        "title_ru",
                        "Навыки",
                        "_csrf",
                        web.csrf("/surveys")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String builder = "/surveys/" + formId + "/builder";
        String version = versionOn(web.get(builder).body());
        HttpResponse<String> added = web.postPairs(
                builder + "/question",
                "version",
                version,
                "name",
                "trade",
                "type",
                "select_one",
                "label_en",
                "Your trade",
                "label_zh",
                "您的工种",
                "required",
                "true",
                "choices",
                "weld | 焊接 | Welding | Сварка\ncook | 烹饪 | Cooking | Повар",
                "_csrf",
                csrfOf(web.get(builder + "/question").body()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        JsonNode definition = api().get("/api/v1/surveys/" + formId).json();
        assertThat(definition.get("items").get(1).get("name").asText()).isEqualTo("trade");
        assertThat(definition
                        .get("choices")
                        .get("trade_choices")
                        .get(1)
                        .get("label")
                        .get("zh")
                        .asText())
                .isEqualTo("烹饪");

        HttpResponse<String> refused = web.postPairs(
                builder + "/question",
                "version",
                versionOn(web.get(builder).body()),
                "name",
                "years",
                "type",
                "integer",
                "label_en",
                "Years",
                "relevant",
                "${nothing} > 1",
                "_csrf",
                csrfOf(web.get(builder + "/question").body()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("names no question of this form");

        HttpResponse<String> page = web.get(builder);
        assertThat(web.postPairs(
                                builder + "/move",
                                "version",
                                versionOn(page.body()),
                                "name",
                                "trade",
                                "by",
                                "-1",
                                "_csrf",
                                csrfOf(page.body()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(api().get("/api/v1/surveys/" + formId)
                        .json()
                        .get("items")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("trade");
        HttpResponse<String> stale = web.postPairs(
                builder + "/remove",
                "version",
                versionOn(page.body()),
                "name",
                "welcome",
                "_csrf",
                csrfOf(page.body()));
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(api().get("/api/v1/surveys/" + formId).json().get("items"))
                .as("an edit from a stale page is refused")
                .hasSize(2);
        page = web.get(builder);
        web.postPairs(
                builder + "/remove",
                "version",
                versionOn(page.body()),
                "name",
                "welcome",
                "_csrf",
                csrfOf(page.body()));
        assertThat(api().get("/api/v1/surveys/" + formId).json().get("items")).hasSize(1);
        page = web.get(builder);
        web.postPairs(
                builder + "/section",
                "version",
                versionOn(page.body()),
                "name",
                "trainees",
                "label_en",
                "Trainee",
                "label_zh",
                "学员",
                "label_ru",
                "Стажёр",
                "repeat",
                "true",
                "_csrf",
                csrfOf(page.body()));
        JsonNode repeated =
                api().get("/api/v1/surveys/" + formId).json().get("items").get(1);
        assertThat(repeated.get("name").asText()).isEqualTo("trainees");
        assertThat(repeated.get("repeat").asBoolean())
                .as("added as a repeated section")
                .isTrue();
        assertThat(web.get("/surveys/" + formId + "/preview?language=zh").body())
                .contains("您的工种")
                .contains("烹饪");
        HttpResponse<String> surveyPage = web.get("/surveys/" + formId);
        assertThat(surveyPage.statusCode()).isEqualTo(200);
        assertThat(surveyPage.body()).contains("/s/").contains("public");
        HttpResponse<String> badDates = web.post(
                "/surveys/" + formId + "/settings",
                Map.of(
                        "opensAt",
                        "2026-12-01",
                        "closesAt",
                        "2026-11-01",
                        "adultAge",
                        "18",
                        "suppressionK",
                        "5",
                        "_csrf",
                        csrfOf(surveyPage.body())));
        assertThat(badDates.statusCode()).isEqualTo(422);
        assertThat(badDates.body()).contains("The closing date must be after the opening date.");
        assertThat(api().get("/api/v1/surveys/" + formId + "/distribution")
                        .json()
                        .get("opensAt")
                        .isNull())
                .as("nothing changed")
                .isTrue();
        // a number or a date that cannot be read is an error beside its field, never a default or a 500
        HttpResponse<String> badAge = web.post(
                "/surveys/" + formId + "/settings",
                Map.of(
                        "opensAt",
                        "2026-02-01",
                        "adultAge",
                        "eighteen",
                        "suppressionK",
                        "5",
                        "_csrf",
                        csrfOf(surveyPage.body())));
        assertThat(badAge.statusCode()).isEqualTo(422);
        assertThat(badAge.body())
                .contains("id=\"adultAge-error\"")
                .contains("Enter a whole number.")
                .as("the other fields keep what was typed")
                .contains("value=\"2026-02-01\"")
                .contains("value=\"5\"")
                .contains("value=\"eighteen\"");
        HttpResponse<String> blankAge = web.post(
                "/surveys/" + formId + "/settings",
                Map.of("adultAge", "", "suppressionK", "5", "_csrf", csrfOf(surveyPage.body())));
        assertThat(blankAge.statusCode()).isEqualTo(422);
        assertThat(blankAge.body()).contains("The age of adulthood must be between 1 and 30.");
        HttpResponse<String> badDate = web.post(
                "/surveys/" + formId + "/settings",
                Map.of(
                        "opensAt",
                        "2026-13-45",
                        "adultAge",
                        "16",
                        "suppressionK",
                        "5",
                        "_csrf",
                        csrfOf(surveyPage.body())));
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body())
                .contains("id=\"opensAt-error\"")
                .contains("Enter a date as YYYY-MM-DD.")
                .as("the date as typed is shown again")
                .contains("value=\"2026-13-45\"");
        JsonNode unchanged =
                api().get("/api/v1/surveys/" + formId + "/distribution").json();
        assertThat(unchanged.get("adultAge").asInt()).as("nothing changed").isEqualTo(18);
        assertThat(unchanged.get("opensAt").isNull()).isTrue();
        assertThat(web.post(
                                "/surveys/" + formId + "/settings",
                                Map.of(
                                        "opensAt",
                                        "2026-01-01",
                                        "adultAge",
                                        "16",
                                        "suppressionK",
                                        "3",
                                        "resultsPublished",
                                        "true",
                                        "consentText[en]",
                                        "We ask about your training.",
                                        "consentText[ru]",
                                        " ",
                                        "guardianText[en]",
                                        "A parent agrees.",
                                        "_csrf",
                                        csrfOf(surveyPage.body())))
                        .statusCode())
                .isEqualTo(302);
        JsonNode saved =
                api().get("/api/v1/surveys/" + formId + "/distribution").json();
        assertThat(saved.get("suppressionK").asInt()).isEqualTo(3);
        assertThat(saved.get("adultAge").asInt()).isEqualTo(16);
        assertThat(saved.get("opensAt").asText()).startsWith("2026-01-01");
        assertThat(saved.get("consentText").properties())
                .as("a blank translation is not kept")
                .hasSize(1);
        assertThat(saved.get("consentText").get("en").asText()).isEqualTo("We ask about your training.");
        assertThat(saved.get("resultsPublished").asBoolean()).isTrue();
        assertThat(saved.get("invitationOnly").asBoolean())
                .as("an unticked box is off")
                .isFalse();
        assertThat(web.get("/surveys/" + formId).body())
                .as("the form shows what was saved")
                .contains("value=\"2026-01-01\"")
                .contains("We ask about your training.");
        assertThat(web.get("/surveys/" + formId + "/results").statusCode()).isEqualTo(200);
        assertThat(web.get("/surveys").body()).contains(formId);

        WebSession stranger = new WebSession(baseUrl());
        TestUser other = newUser("other");
        stranger.signIn(other.username(), other.password());
        assertThat(stranger.get(builder).statusCode()).isEqualTo(403);
    }

    @Test
    void aPublicVisitorTakesPartFromTheSurveysPageWhileItIsOpenToEveryone() throws Exception {
        TestUser owner = newUser("survey-owner");
        String formId = newSurvey(owner);
        WebSession visitor = new WebSession(baseUrl());
        String page = visitor.get("/surveys/" + formId + "?lang=en").body();
        Matcher takePart = Pattern.compile("href=\"(/s/[^\"]+)\">Take part</a>").matcher(page);
        assertThat(takePart.find()).as("a way in for the public").isTrue();
        assertThat(visitor.get(takePart.group(1)).statusCode()).isEqualTo(200);
        // how long it takes and who may answer, before starting
        assertThat(page).contains("Up to 1 min (").contains("Anyone with the link</dd>");

        Map<String, Object> settings = new HashMap<>();
        settings.put("description", Map.of("en", "For apprentices in welding.", "ru", "Для учеников-сварщиков."));
        settings.put("consentText", Map.of("en", "Answers are anonymous and kept for two years."));
        settings.put("guardianText", Map.of("en", "A parent agrees."));
        settings.put("adultAge", 18);
        settings.put("suppressionK", 5);
        settings.put("invitationOnly", false);
        settings.put("resultsPublished", false);
        settings.put("closesAt", "2099-12-31T00:00:00Z");
        Api.Response saved = api().token(owner.token()).put("/api/v1/surveys/" + formId + "/distribution", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(visitor.get("/surveys/" + formId + "?lang=en").body())
                .contains("Closes 2099-12-31")
                .contains("For apprentices in welding.</span></p>")
                .contains("<meta name=\"description\" content=\"For apprentices in welding.\">")
                .contains("About your answers")
                .contains("Answers are anonymous and kept for two years.")
                .contains("under 18, with a parent&#39;s or guardian&#39;s consent");

        assertThat(visitor.get("/surveys/" + formId + "?lang=ru").body()).contains("Для учеников-сварщиков.");

        settings.put("invitationOnly", true);
        saved = api().token(owner.token()).put("/api/v1/surveys/" + formId + "/distribution", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(visitor.get("/surveys/" + formId + "?lang=en").body())
                .doesNotContain("Take part")
                .contains("not open to everyone now");
    }

    @Test
    void theDemoSurveysPublishedResultsAreReadByAnyoneWithSmallCountsHidden() throws Exception {
        WebSession anyone = new WebSession(baseUrl());
        HttpResponse<String> results =
                anyone.get("/surveys/sco_youth_2026/results?by=country&rows=gender&columns=business_interest&lang=ru");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body())
                .contains("Опрос молодёжи ШОС")
                .contains("id=\"crosstab\"")
                .contains("Казахстан");
        JsonNode published =
                api().get("/api/v1/surveys/sco_youth_2026/results?by=country").json();
        assertThat(published.get("published").asBoolean()).isTrue();
        for (JsonNode table : published.get("tables")) {
            for (JsonNode row : table.get("counts")) {
                for (JsonNode cell : row) {
                    assertThat(cell.asLong())
                            .as(table.get("question").asText())
                            .matches(n -> n < 1 || n > 4, "not from 1 to 4");
                }
            }
        }
        // one question's table, as its chart on the page offers it
        String gender = api().get("/api/v1/surveys/sco_youth_2026/tables.csv?by=country&published=true&question=gender")
                .body();
        assertThat(gender.lines().skip(1).toList()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith("gender,"));
        assertThat(api().get("/api/v1/surveys/sco_youth_2026/tables.csv?by=country&published=true")
                        .body()
                        .lines()
                        .count())
                .as("every question's table")
                .isGreaterThan(gender.lines().count());
        assertThat(anyone.get("/surveys/sco_youth_2026").statusCode()).isEqualTo(200);
        assertThat(anyone.get("/surveys/sco_youth_2026/builder").statusCode())
                .as("not for anyone")
                .isIn(302, 401, 403);
    }

    static String versionOn(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as("the version on the page").isTrue();
        return m.group(1);
    }
}
