package org.vocbridge.surveys.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.domain.Distribution;

/**
 * The survey page's form for dates, consent page and publication. Dates are days in UTC; texts
 * come one per survey language ({@code consentText[zh]}); a number or date that cannot be read is
 * a field error, never a default.
 */
record SettingsForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesAt,
        Map<String, String> description,
        Map<String, String> consentText,
        Map<String, String> guardianText,
        Integer adultAge,
        String countryQuestion,
        Boolean invitationOnly,
        Integer suppressionK,
        Boolean resultsPublished) {

    SettingsForm {
        description = description == null ? Map.of() : description;
        consentText = consentText == null ? Map.of() : consentText;
        guardianText = guardianText == null ? Map.of() : guardianText;
        invitationOnly = Boolean.TRUE.equals(invitationOnly); // an unticked box is not posted
        resultsPublished = Boolean.TRUE.equals(resultsPublished);
    }

    static SettingsForm of(Distribution.Settings s) {
        return new SettingsForm(
                s.opensAt() == null ? null : LocalDate.ofInstant(s.opensAt(), ZoneOffset.UTC),
                s.closesAt() == null ? null : LocalDate.ofInstant(s.closesAt(), ZoneOffset.UTC),
                s.description().values(),
                s.consentText().values(),
                s.guardianText().values(),
                s.adultAge(),
                s.countryQuestion(),
                s.invitationOnly(),
                s.suppressionK(),
                s.resultsPublished());
    }

    /** The settings to check and keep; a missing number is 0, which the check refuses. */
    Distribution.Settings settings() {
        return new Distribution.Settings(
                opensAt == null ? null : opensAt.atStartOfDay(ZoneOffset.UTC).toInstant(),
                closesAt == null ? null : closesAt.atStartOfDay(ZoneOffset.UTC).toInstant(),
                filled(description),
                filled(consentText),
                filled(guardianText),
                adultAge == null ? 0 : adultAge,
                countryQuestion,
                invitationOnly,
                suppressionK == null ? 0 : suppressionK,
                resultsPublished);
    }

    private static LocalizedText filled(Map<String, String> texts) {
        Map<String, String> filled = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            if (text != null && !text.isBlank()) {
                filled.put(tag, text.strip());
            }
        });
        return LocalizedText.of(filled);
    }
}
