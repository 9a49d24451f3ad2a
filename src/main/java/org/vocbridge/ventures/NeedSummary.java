package org.vocbridge.ventures;

import java.math.BigDecimal;
import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/**
 * What a venture needs, as everyone (and the matching module) may read it.
 *
 * @param amount for funding, the sum sought, in {@code currency} (ISO 4217)
 * @param quantity for the others, how many (mentors, hires, square metres), where it applies
 */
public record NeedSummary(
        long id,
        long ventureId,
        long version,
        NeedKind kind,
        LocalizedText description,
        BigDecimal amount,
        String currency,
        Integer quantity,
        NeedStatus status,
        Instant updatedAt) {}
