package org.vocbridge.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.surveys.Questionnaire;

/**
 * Fuzzing of what a survey reads from strangers: XLSForm workbooks and the expression language of
 * their relevance, constraint and calculation columns. Without {@code JAZZER_FUZZ} these run the
 * committed inputs under {@code src/test/resources/.../SurveyFuzzTestsInputs/} as regression tests;
 * {@code fuzz/README.md} says how to fuzz for longer.
 */
class SurveyFuzzTests {

    /**
     * Any bytes: a questionnaire, or a refusal the import reports (never another exception); a
     * questionnaire that is read is written and read back unchanged.
     */
    @FuzzTest(maxDuration = "30s")
    void anyWorkbookIsReadOrRefusedAndWhatIsReadRoundTrips(byte[] workbook) throws IOException {
        Questionnaire read;
        try {
            read = XlsForm.read(new ByteArrayInputStream(workbook));
        } catch (XlsForm.RejectedFormException refused) {
            assertThat(refused.problems()).isNotEmpty();
            return;
        } catch (UnreadableSpreadsheetException unreadable) {
            return;
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XlsForm.write(read, written);
        assertThat(XlsForm.read(new ByteArrayInputStream(written.toByteArray())))
                .isEqualTo(read);
    }

    /**
     * Any text: an expression, or a refusal that points inside the text; an expression evaluates
     * against any answers without failing.
     */
    @FuzzTest(maxDuration = "30s")
    void anyExpressionParsesOrIsRefusedWhereItGoesWrongAndEvaluates(byte[] bytes) {
        String source = new String(bytes, StandardCharsets.UTF_8);
        Expression expression;
        try {
            expression = Expression.parse(source);
        } catch (Expression.InvalidExpressionException refused) {
            assertThat(refused.position()).isBetween(0, source.length());
            return;
        }
        Expression.Context answers = ExpressionTests.answers(
                Map.of("age", "16", "country", "KZ", "hours", "7.5", "skills", "cnc welding", "born", "2008-05-01"));
        expression.evaluate(answers);
        expression.test(answers);
        expression.text(answers);
        assertThat(expression.references()).isNotNull();
    }
}
