package org.vocbridge.observatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * An indicator as shown and served.
 *
 * @param countries the countries it is collected for: today's members of its groups
 * @param combinations how many breakdown combinations its dimensions make, the total included
 */
public record IndicatorSummary(
        long id,
        long version,
        String code,
        LocalizedText name,
        LocalizedText definition,
        LocalizedText unit,
        int decimals,
        BigDecimal minValue,
        BigDecimal maxValue,
        LocalizedText source,
        List<DimensionSummary> dimensions,
        List<String> groups,
        Set<String> countries,
        int combinations,
        int maxCombinations,
        boolean demo,
        Instant updatedAt) {

    /** Every breakdown it allows, the total first: each dimension either not broken down or one of its values. */
    public List<Breakdown> breakdowns() {
        List<java.util.Map<String, String>> combos = new java.util.ArrayList<>();
        combos.add(java.util.Map.of());
        for (DimensionSummary d : dimensions) {
            List<java.util.Map<String, String>> next = new java.util.ArrayList<>(combos);
            for (var combo : combos) {
                for (DimensionSummary.Item v : d.values()) {
                    var more = new java.util.LinkedHashMap<>(combo);
                    more.put(d.code(), v.code());
                    next.add(more);
                }
            }
            combos = next;
        }
        return combos.stream().map(Breakdown::new).toList();
    }

    /** The breakdown's values by name in the reader's language, such as "Female · 15–19 years"; empty for the total. */
    public String label(Breakdown breakdown, java.util.Locale locale) {
        List<String> names = new java.util.ArrayList<>();
        for (DimensionSummary d : dimensions) {
            String code = breakdown.parts().get(d.code());
            if (code != null) {
                names.add(d.values().stream()
                        .filter(v -> v.code().equals(code))
                        .map(v -> v.name().in(locale))
                        .findFirst()
                        .orElse(code));
            }
        }
        return String.join(" · ", names);
    }
}
