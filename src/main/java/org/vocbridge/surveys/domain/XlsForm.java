package org.vocbridge.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.surveys.Questionnaire;

/**
 * Questionnaires to and from XLSForm workbooks (sheets {@code survey}, {@code choices},
 * {@code settings}; sheet and column names in any case). Columns: type, name, label, hint,
 * required, required_message, relevant, constraint, constraint_message, choice_filter, default,
 * appearance, calculation; a text column in a language is {@code label::Language (code)} (or
 * {@code label:language}, {@code label::code}). Settings: form_title, form_id, version,
 * default_language. Whatever the platform does not support is reported with its sheet, row and
 * column and a reason; nothing of a rejected form is kept.
 */
public final class XlsForm {

    private XlsForm() {}

    /** One thing a workbook has that cannot be taken: where, and why (a message code with arguments). */
    public record Problem(String sheet, int row, String column, String code, List<Object> args) {}

    /** A workbook refused with every problem found in it. */
    public static class RejectedFormException extends RuntimeException {

        private final transient List<Problem> problems;

        RejectedFormException(List<Problem> problems) {
            super(problems.size() + " problems, the first: " + problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Reads a workbook; throws {@link RejectedFormException} with every problem when it cannot be taken. */
    public static Questionnaire read(InputStream xlsx) {
        return new XlsFormReader(Spreadsheet.readSheets(xlsx)).read();
    }

    /** Writes the questionnaire as an XLSForm workbook that {@link #read} takes back unchanged. */
    public static void write(Questionnaire q, OutputStream out) throws IOException {
        XlsFormWriter.write(q, out);
    }
}
