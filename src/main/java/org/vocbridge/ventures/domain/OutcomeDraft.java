package org.vocbridge.ventures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.vocbridge.ventures.OutcomeKind;

/**
 * An outcome as its venture's keepers write it.
 *
 * @param title what it is called: the award, the round ("Seed", "A"), the patent's subject
 * @param quantity for jobs, customers and trainees: how many
 * @param amount for revenue and funding rounds, with {@code currency} (ISO 4217), unless undisclosed
 * @param asOf the date the figure holds at (a round's closing, an award's ceremony)
 * @param reference a patent's or a registration's number, at {@code office}
 * @param evidenceUrl a public page that shows it (a register entry, a news item)
 */
public record OutcomeDraft(
        OutcomeKind kind,
        Map<String, String> title,
        Integer quantity,
        BigDecimal amount,
        String currency,
        Boolean undisclosed,
        LocalDate asOf,
        String reference,
        String office,
        String evidenceUrl,
        Long version) {

    public OutcomeDraft {
        title = title == null ? Map.of() : title;
        undisclosed = Boolean.TRUE.equals(undisclosed);
        currency =
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        office = office == null || office.isBlank() ? null : office.strip();
        evidenceUrl = evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip();
    }
}
