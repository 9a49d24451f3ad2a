package org.vocbridge.ventures.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;

/**
 * A need as its venture's keepers write it.
 *
 * @param amount for funding, the sum sought, with {@code currency} (ISO 4217, such as CNY or KZT)
 * @param quantity how many, for the needs that are counted (mentors, hires)
 * @param status OPEN when left out
 * @param version the version read, for changes
 */
public record NeedDraft(
        NeedKind kind,
        Map<String, String> description,
        BigDecimal amount,
        String currency,
        Integer quantity,
        NeedStatus status,
        Long version) {

    public NeedDraft {
        description = description == null ? Map.of() : description;
        currency =
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        status = status == null ? NeedStatus.OPEN : status;
    }
}
