package org.vocbridge.surveys.web;

import java.util.Locale;

/** Codes as a respondent reads them: to copy down, say on the phone, or quote in a question. */
final class RespondentCodes {

    private RespondentCodes() {}

    /**
     * A receipt to note down or read out: the first eight letters and digits of the instance ID, in
     * capitals and two groups of four ({@code uuid:7f3a91c2-…} is {@code 7F3A-91C2}).
     */
    static String receipt(String instanceId) {
        String plain = instanceId
                .replaceFirst("^uuid:", "")
                .replaceAll("[^A-Za-z0-9]", "")
                .toUpperCase(Locale.ROOT);
        String first = plain.substring(0, Math.min(8, plain.length()));
        return first.length() > 4 ? first.substring(0, 4) + "-" + first.substring(4) : first;
    }

    /** A resume code in groups of four, easier to copy down. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }
}
