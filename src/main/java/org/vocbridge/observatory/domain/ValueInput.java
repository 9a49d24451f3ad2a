package org.vocbridge.observatory.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.Flag;

/**
 * A value a data steward enters for their country.
 *
 * @param indicator the indicator's code
 * @param breakdown which part of the total it is; null or empty for the total
 * @param value the value; null withdraws a published value
 * @param note where the value comes from, or anything a reader should know
 */
public record ValueInput(
        String indicator,
        Integer year,
        Breakdown breakdown,
        BigDecimal value,
        Set<Flag> flags,
        Boolean confidential,
        String note) {

    public ValueInput {
        indicator = indicator == null ? null : indicator.strip();
        confidential = confidential != null && confidential;
    }
}
