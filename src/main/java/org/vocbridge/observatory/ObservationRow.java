package org.vocbridge.observatory;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A published value as everyone reads it.
 *
 * @param value null when the value is confidential (it is then never shown)
 * @param release the country's release that published it
 * @param demo whether it is a demo figure, not a real statistic
 */
public record ObservationRow(
        String indicator,
        String country,
        int year,
        Breakdown breakdown,
        BigDecimal value,
        Set<Flag> flags,
        boolean confidential,
        String note,
        int release,
        boolean demo) {}
