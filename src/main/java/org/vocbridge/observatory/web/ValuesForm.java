package org.vocbridge.observatory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.domain.ValueInput;

/**
 * The page form of one indicator's values for one year in one country: a row per breakdown. A row
 * left blank changes nothing; "withdraw" removes a published value.
 */
record ValuesForm(String indicator, Integer year, List<Row> rows) {

    /** One breakdown's value; {@code value} is text so that a typo is reported, not dropped. */
    record Row(String breakdown, String value, List<Flag> flags, boolean confidential, String note, boolean withdraw) {}

    /** The rows that ask for a change, each with the index of its row; a value that is not a number is left out. */
    List<Indexed> inputs() {
        List<Indexed> inputs = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null
                    || (!row.withdraw() && (row.value() == null || row.value().isBlank()))) {
                continue;
            }
            BigDecimal value = null;
            if (!row.withdraw()) {
                value = number(row.value());
                if (value == null) {
                    continue;
                }
            }
            Set<Flag> flags = row.flags() == null || row.flags().isEmpty()
                    ? EnumSet.noneOf(Flag.class)
                    : EnumSet.copyOf(row.flags());
            inputs.add(new Indexed(
                    i,
                    new ValueInput(
                            indicator,
                            year,
                            Breakdown.parse(row.breakdown()),
                            value,
                            flags,
                            row.confidential(),
                            row.note())));
        }
        return inputs;
    }

    /** A value to enter and the form row it came from. */
    record Indexed(int row, ValueInput input) {}

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(
                    text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
