package org.vocbridge.ventures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.vocbridge.shared.LocalizedText;

/**
 * An outcome of a venture as everyone may read it. The evidence file itself is for the venture's
 * keepers and verifiers only ({@code evidenceFile} says whether there is one).
 *
 * @param amount with {@code currency} (ISO 4217), for revenue and funding rounds unless undisclosed
 * @param asOf the date the figure holds at
 * @param reference a patent's or a registration's number, at {@code office}
 * @param verifiedBy who vouched for it: the user's name
 * @param verifiedFor the college or alliance they vouched for it as
 */
public record OutcomeSummary(
        long id,
        long ventureId,
        long version,
        OutcomeKind kind,
        LocalizedText title,
        Integer quantity,
        BigDecimal amount,
        String currency,
        boolean undisclosed,
        LocalDate asOf,
        String reference,
        String office,
        String evidenceUrl,
        boolean evidenceFile,
        Verification verification,
        String verifiedBy,
        LocalizedText verifiedFor,
        Instant verifiedAt) {}
