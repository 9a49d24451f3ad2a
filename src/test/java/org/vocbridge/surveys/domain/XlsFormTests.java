package org.vocbridge.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.testing.ReferenceData;

/**
 * XLSForm import and export. The workbooks of {@code ../shared/data/xlsform} are real ones from the
 * pyxform test suite: each either imports or is rejected with the sheet, row, column and reason.
 */
class XlsFormTests {

    static Questionnaire read(String file) throws IOException {
        try (InputStream in =
                Files.newInputStream(ReferenceData.require("xlsform").resolve(file))) {
            return XlsForm.read(in);
        }
    }

    /** A text question with an English label, asked when {@code relevant} holds (null: always). */
    static Questionnaire.Question text(String name, String label, String relevant) {
        return new Questionnaire.Question(
                name,
                QuestionType.TEXT,
                null,
                LocalizedText.of("en", label),
                LocalizedText.EMPTY,
                false,
                LocalizedText.EMPTY,
                relevant,
                null,
                LocalizedText.EMPTY,
                null,
                null,
                null,
                null);
    }

    static List<String> problems(String file) throws IOException {
        try {
            read(file);
            throw new AssertionError(file + " was taken");
        } catch (XlsForm.RejectedFormException e) {
            return e.problems().stream()
                    .map(p -> p.sheet() + "!" + p.row() + " " + p.column() + " " + p.code())
                    .toList();
        }
    }

    @Test
    void theSupportedFormsImportWithTheirLanguagesChoicesAndLogic() throws IOException {
        Questionnaire yesNo = read("yes_or_no_question.xlsx");
        Questionnaire.Question goodDay = (Questionnaire.Question) yesNo.items().get(0);
        assertThat(goodDay.type()).isEqualTo(QuestionType.SELECT_ONE);
        assertThat(goodDay.label().get("en")).hasValue("have you had a good day today?");
        assertThat(yesNo.choices().get("yes_or_no"))
                .extracting(Questionnaire.Choice::name)
                .containsExactly("yes", "no");

        Questionnaire textAndInteger = read("text_and_integer.xlsx");
        assertThat(textAndInteger.items())
                .extracting(i -> ((Questionnaire.Question) i).type())
                .containsExactly(QuestionType.TEXT, QuestionType.INTEGER);
        assertThat(textAndInteger.languages()).containsExactly("en");

        Questionnaire fieldList = read("field-list.xlsx");
        Questionnaire.Section group = (Questionnaire.Section) fieldList.items().get(0);
        assertThat(group.items()).extracting(Questionnaire.Item::name).containsExactly("table_list_question");
        assertThat(fieldList.choices().get("yes_no").get(0).label().get("zh")).hasValue("是");
        assertThat(fieldList.languages()).containsExactly("en", "zh");
        assertThat(((Questionnaire.Question) group.items().get(0)).hint().get("en"))
                .as("a column without a language is in the default one")
                .hasValue("hint");

        Questionnaire cascading = read("choice_filter_test.xlsx");
        Questionnaire.Question county =
                (Questionnaire.Question) cascading.items().get(1);
        assertThat(county.choiceFilter()).isEqualTo("${state}=cf");
        Expression filter = Expression.parse(county.choiceFilter());
        List<String> washington = cascading.choices().get("counties").stream()
                .filter(c -> filter.test(new Expression.Context() {
                    @Override
                    public String answer(String name) {
                        return "washington";
                    }

                    @Override
                    public String choice(String column) {
                        return c.attributes().getOrDefault(column, "");
                    }
                }))
                .map(Questionnaire.Choice::name)
                .toList();
        assertThat(washington).containsExactly("king", "pierce");
    }

    @Test
    void unsupportedFormsAreRejectedWithSheetRowColumnAndReason() throws IOException {
        assertThat(problems("bad_calc.xlsx")).containsExactly("survey!2 calculation error.expression.unexpected");
        assertThat(problems("group.xlsx")).containsExactly("survey!4 type error.xlsform.type.unsupported");
        assertThat(problems("specify_other.xlsx")).containsExactly("survey!2 type error.xlsform.type.unsupported");
        assertThat(problems("loop.xlsx"))
                .containsExactly(
                        "survey!2 type error.xlsform.type.unsupported",
                        "survey!3 type error.xlsform.type.unsupported",
                        "survey!5 type error.xlsform.type.unsupported");
        assertThat(problems("survey_no_name.xlsx"))
                .containsExactly("sheet1!1  error.xlsform.sheet.unsupported", "survey!0  error.xlsform.sheet.missing");
        assertThat(problems("case_insensitivity.xlsx"))
                .containsExactlyInAnyOrder(
                        "external_choices!1  error.xlsform.sheet.unsupported",
                        "entities!1  error.xlsform.sheet.unsupported",
                        "osm!1  error.xlsform.sheet.unsupported",
                        "survey!3 type error.xlsform.type.unsupported",
                        "survey!4 type error.xlsform.type.unsupported");
    }

    @Test
    void aQuestionnaireIsExportedAndImportedBackUnchanged() throws IOException {
        Questionnaire survey = new Questionnaire(
                "sco_youth",
                "2026-1",
                LocalizedText.of("en", "SCO youth survey"),
                "en",
                List.of("en", "zh", "ru"),
                List.of(
                        new Questionnaire.Question(
                                "age",
                                QuestionType.INTEGER,
                                null,
                                LocalizedText.of("en", "How old are you?", "zh", "你多大了？", "ru", "Сколько вам лет?"),
                                LocalizedText.of("en", "In years"),
                                true,
                                LocalizedText.of("en", "Please give your age", "ru", "Укажите возраст"),
                                null,
                                ". >= 10 and . <= 35",
                                LocalizedText.of("zh", "请填写10至35之间的数字"),
                                null,
                                null,
                                null,
                                null),
                        new Questionnaire.Section(
                                "minor",
                                false,
                                LocalizedText.of("en", "Guardian", "zh", "监护人"),
                                "${age} < 18",
                                "field-list",
                                List.of(new Questionnaire.Question(
                                        "consent",
                                        QuestionType.SELECT_ONE,
                                        "yes_no",
                                        LocalizedText.of("en", "Does a guardian agree?", "zh", "监护人同意吗？"),
                                        LocalizedText.EMPTY,
                                        true,
                                        LocalizedText.EMPTY,
                                        null,
                                        null,
                                        LocalizedText.EMPTY,
                                        null,
                                        "yes",
                                        "horizontal",
                                        null))),
                        new Questionnaire.Question(
                                "adult",
                                QuestionType.CALCULATE,
                                null,
                                LocalizedText.EMPTY,
                                LocalizedText.EMPTY,
                                false,
                                LocalizedText.EMPTY,
                                null,
                                null,
                                LocalizedText.EMPTY,
                                null,
                                null,
                                null,
                                "if(${age} >= 18, 'yes', 'no')")),
                Map.of(
                        "yes_no",
                        List.of(
                                new Questionnaire.Choice(
                                        "yes", LocalizedText.of("en", "Yes", "zh", "是", "ru", "Да"), Map.of()),
                                new Questionnaire.Choice(
                                        "no", LocalizedText.of("en", "No", "zh", "否", "ru", "Нет"), Map.of()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsForm.write(survey, out);
        Questionnaire back = XlsForm.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).isEqualTo(survey);
    }

    @Test
    void unknownReferencesAndLanguagesAreNamed() throws IOException {
        assertThat(problemsReadingBack(List.of(text("q", "Q", "${nowhere} = 1"))))
                .extracting(p -> p.row() + " " + p.column() + " " + p.code() + " " + p.args())
                .containsExactly("2 relevant error.xlsform.reference.unknown [nowhere]");
    }

    @Test
    void aRepeatInsideARepeatIsNamedWhereItBegins() throws IOException {
        Questionnaire.Question name = text("child_name", "Name", null);
        assertThat(problemsReadingBack(List.of(new Questionnaire.Section(
                        "families",
                        true,
                        LocalizedText.of("en", "Family"),
                        null,
                        null,
                        List.of(new Questionnaire.Section(
                                "children", true, LocalizedText.of("en", "Child"), null, null, List.of(name)))))))
                .extracting(p -> p.sheet() + "!" + p.row() + " " + p.column() + " " + p.code())
                .containsExactly("survey!3 type error.xlsform.repeat.nested");
    }

    /** What reading back a form of these items (written as XLSForm) refuses; it must refuse something. */
    static List<XlsForm.Problem> problemsReadingBack(List<Questionnaire.Item> items) throws IOException {
        Questionnaire form =
                new Questionnaire("f", null, LocalizedText.of("en", "f"), "en", List.of("en"), items, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsForm.write(form, out);
        Throwable refused = catchThrowable(() -> XlsForm.read(new ByteArrayInputStream(out.toByteArray())));
        assertThat(refused).isInstanceOf(XlsForm.RejectedFormException.class);
        return ((XlsForm.RejectedFormException) refused).problems();
    }
}
