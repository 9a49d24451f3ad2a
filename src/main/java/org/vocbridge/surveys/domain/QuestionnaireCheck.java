package org.vocbridge.surveys.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.vocbridge.surveys.Questionnaire;

/**
 * Checks a questionnaire made on this site (in the builder, through the API, as demo data) by the
 * same rules as an imported one: it is written as XLSForm and read back, so that whatever is built
 * here can also be exported, and whatever would be refused on import is refused here.
 */
final class QuestionnaireCheck {

    private QuestionnaireCheck() {}

    /** @throws XlsForm.RejectedFormException naming every problem (sheet, row and column of the export) */
    static Questionnaire check(Questionnaire questionnaire) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try {
            XlsForm.write(questionnaire, xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsForm.read(new ByteArrayInputStream(xlsx.toByteArray()));
    }
}
