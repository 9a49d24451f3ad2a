package org.vocbridge.ventures.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.OutcomeKind;
import org.vocbridge.ventures.TeamRole;
import org.vocbridge.ventures.domain.NeedDraft;
import org.vocbridge.ventures.domain.OutcomeDraft;
import org.vocbridge.ventures.domain.TeamMemberDraft;

/** The small forms of a venture's profile page; texts typed in them are in the reader's language. */
final class VentureDetailForms {

    private VentureDetailForms() {}

    record TeamMemberForm(Long personId, String name, TeamRole role, Boolean minor, Boolean consent) {

        static TeamMemberForm empty() {
            return new TeamMemberForm(null, null, TeamRole.FOUNDER, false, false);
        }

        TeamMemberDraft draft() {
            return new TeamMemberDraft(
                    personId, name, role, Boolean.TRUE.equals(minor), Boolean.TRUE.equals(consent), null);
        }
    }

    /**
     * A need as typed. Amounts and counts are read here rather than by the binder, so that a value
     * that is not a number is shown again with everything else typed.
     */
    record NeedForm(NeedKind kind, String description, String amount, String currency, String quantity) {

        static NeedForm empty() {
            return new NeedForm(NeedKind.MENTORING, null, null, null, null);
        }

        NeedDraft draft(Locale locale) {
            InputCheck check = new InputCheck();
            NeedDraft draft = new NeedDraft(
                    kind,
                    text(description, locale),
                    decimal(check, "amount", amount),
                    currency,
                    whole(check, "quantity", quantity),
                    NeedStatus.OPEN,
                    null);
            check.throwIfAny();
            return draft;
        }
    }

    record OutcomeForm(
            OutcomeKind kind,
            String title,
            String quantity,
            String amount,
            String currency,
            Boolean undisclosed,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            String reference,
            String office,
            String evidenceUrl) {

        static OutcomeForm empty() {
            return new OutcomeForm(OutcomeKind.JOBS, null, null, null, null, false, null, null, null, null);
        }

        OutcomeDraft draft(Locale locale) {
            InputCheck check = new InputCheck();
            OutcomeDraft draft = new OutcomeDraft(
                    kind,
                    text(title, locale),
                    whole(check, "quantity", quantity),
                    decimal(check, "amount", amount),
                    currency,
                    Boolean.TRUE.equals(undisclosed),
                    asOf,
                    reference,
                    office,
                    evidenceUrl,
                    null);
            check.throwIfAny();
            return draft;
        }
    }

    /**
     * A number as people type it: spaces between digits are left out, and a comma followed by one or
     * two digits at the end is a decimal comma (1 500 with a comma and 50 is 1500.50); any other comma is refused.
     */
    private static BigDecimal decimal(InputCheck check, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replaceAll("[\\s\u00a0\u202f_]", "").replaceFirst(",(\\d{1,2})$", ".$1");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            check.reject(field, "typeMismatch.java.math.BigDecimal");
            return null;
        }
    }

    private static Integer whole(InputCheck check, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip().replaceAll("[\\s\u00a0\u202f_]", ""));
        } catch (NumberFormatException notANumber) {
            check.reject(field, "typeMismatch.java.lang.Integer");
            return null;
        }
    }

    private static Map<String, String> text(String value, Locale locale) {
        return value == null || value.isBlank() ? Map.of() : Map.of(locale.getLanguage(), value.strip());
    }
}
