package org.vocbridge.surveys;

/** The kinds of question a questionnaire has, with their XLSForm type names. */
public enum QuestionType {
    TEXT("text"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    SELECT_ONE("select_one"),
    SELECT_MULTIPLE("select_multiple"),
    DATE("date"),
    NOTE("note"),
    ACKNOWLEDGE("acknowledge"),
    CALCULATE("calculate");

    /** Its name in XLSForm, also in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public final String xlsForm;

    QuestionType(String xlsForm) {
        this.xlsForm = xlsForm;
    }

    public boolean isSelect() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }
}
