package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.XlsForm;
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
        Questionnaire q = new Questionnaire(
                formId,
                "1",
                LocalizedText.of("en", "Youth and skills"),
                "en",
                List.of("en", "zh"),
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
                        List.of(
                                new Questionnaire.Choice("yes", LocalizedText.of("en", "Yes"), Map.of()),
                                new Questionnaire.Choice("no", LocalizedText.of("en", "No"), Map.of())),
                        "skills",
                        List.of(
                                new Questionnaire.Choice("welding", LocalizedText.of("en", "Welding"), Map.of()),
                                new Questionnaire.Choice("cnc", LocalizedText.of("en", "CNC machining"), Map.of()),
                                new Questionnaire.Choice("cooking", LocalizedText.of("en", "Cooking"), Map.of()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsForm.write(q, out);
        return out.toByteArray();
    }

    String newSurvey() throws IOException {
        String formId = "youth_" + UUID.randomUUID().toString().substring(0, 8);
        TestUser owner = newUser("survey-owner");
        Api.Response created = api().token(owner.token())
                .upload("/api/v1/surveys", formId + ".xlsx", "application/octet-stream", form(formId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return formId;
    }

    Api.Response submit(String formId, String instanceId, Map<String, String> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("instanceId", instanceId);
        body.put("language", "zh");
        body.put("channel", "alliance-link");
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
}
