package org.vocbridge.shared.spreadsheet;

/** A file that is not a readable table; the message is a message code. */
public class UnreadableSpreadsheetException extends RuntimeException {

    public UnreadableSpreadsheetException(String code) {
        super(code);
    }

    public String code() {
        return getMessage();
    }
}
