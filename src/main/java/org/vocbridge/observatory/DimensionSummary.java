package org.vocbridge.observatory;

import java.util.List;
import org.vocbridge.shared.LocalizedText;

/** A breakdown dimension and its values, in the order they are shown. */
public record DimensionSummary(String code, LocalizedText name, List<Item> values) {

    /** One value of the dimension. */
    public record Item(String code, LocalizedText name) {}

    public boolean has(String value) {
        return values.stream().anyMatch(v -> v.code().equals(value));
    }
}
