package org.vocbridge.observatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A value of a release beside the one published before it.
 *
 * @param value the new value; null when the release withdraws the published one
 * @param previous the value published before this release, or null
 */
public record EntrySummary(
        String indicator,
        int year,
        Breakdown breakdown,
        BigDecimal value,
        BigDecimal previous,
        Set<Flag> flags,
        boolean confidential,
        String note,
        String enteredBy,
        Instant enteredAt) {}
