package org.vocbridge.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

class QuestionnaireLengthTests {

    static Questionnaire.Question question(String name, QuestionType type, String appearance) {
        return new Questionnaire.Question(
                name,
                type,
                null,
                LocalizedText.of("en", name),
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                appearance,
                null);
    }

    @Test
    void aFormTakesTheTimeOfItsQuestionsByTypeAndNotesAreNotQuestions() {
        Questionnaire.Section about = new Questionnaire.Section(
                "about",
                true,
                LocalizedText.of("en", "About"),
                null,
                null,
                List.of(
                        question("country", QuestionType.SELECT_ONE, null),
                        question("age", QuestionType.INTEGER, null)));
        Questionnaire form = new Questionnaire(
                "length",
                "1",
                LocalizedText.of("en", "Length"),
                "en",
                List.of("en"),
                List.of(
                        question("welcome", QuestionType.NOTE, null),
                        about,
                        question("skills", QuestionType.SELECT_MULTIPLE, null),
                        question("comments", QuestionType.TEXT, "multiline"),
                        question("score", QuestionType.CALCULATE, null)),
                Map.of());
        // 5 (note) + 8 + 10 (the repeated section once) + 12 + 60 = 95 seconds: up to 2 minutes
        assertThat(QuestionnairePages.length(form)).isEqualTo(new QuestionnairePages.Length(4, 2));
    }

    @Test
    void evenAOneQuestionFormTakesAMinute() {
        Questionnaire form = new Questionnaire(
                "short",
                "1",
                LocalizedText.of("en", "Short"),
                "en",
                List.of("en"),
                List.of(question("ok", QuestionType.ACKNOWLEDGE, null)),
                Map.of());
        assertThat(QuestionnairePages.length(form)).isEqualTo(new QuestionnairePages.Length(1, 1));
    }
}
