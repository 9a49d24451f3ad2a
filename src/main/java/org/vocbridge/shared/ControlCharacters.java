package org.vocbridge.shared;

/**
 * The C0 control characters other than tab, line feed and carriage return, which no text on the
 * platform may hold: PostgreSQL cannot store U+0000, and XML 1.0 (OAI-PMH, DCAT, XLSX, XForms)
 * cannot carry any of them. Input that holds one is refused with {@value #CODE}.
 */
public final class ControlCharacters {

    public static final String CODE = "error.text.control";

    private ControlCharacters() {}

    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
