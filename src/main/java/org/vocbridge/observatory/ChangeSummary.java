package org.vocbridge.observatory;

import java.math.BigDecimal;
import java.time.Instant;

/** One change to a value: who, when, in which release, from what to what. */
public record ChangeSummary(
        long releaseId,
        String indicator,
        String country,
        int year,
        Breakdown breakdown,
        BigDecimal oldValue,
        BigDecimal newValue,
        String oldFlags,
        String newFlags,
        Action action,
        String changedBy,
        Instant changedAt) {

    /** What happened to the value. */
    public enum Action {
        ENTERED,
        PUBLISHED
    }
}
