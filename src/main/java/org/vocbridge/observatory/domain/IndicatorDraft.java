package org.vocbridge.observatory.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An indicator as an admin defines it.
 *
 * @param code a stable code, such as {@code TVET.ENROL}: letters, digits, dots, hyphens and underscores
 * @param decimals decimal places shown (0 to 6)
 * @param minValue the smallest valid value, or null
 * @param maxValue the largest valid value, or null
 * @param dimensions the breakdown dimensions it allows (codes)
 * @param groups the country groups it is collected for (codes)
 * @param maxCombinations how many breakdown combinations it may have at most, the total included;
 *     null for the platform's limit
 * @param version the version read, when changing one
 *     (blank codes are none, missing lists empty)
 */
public record IndicatorDraft(
        String code,
        Map<String, String> name,
        Map<String, String> definition,
        Map<String, String> unit,
        Integer decimals,
        BigDecimal minValue,
        BigDecimal maxValue,
        Map<String, String> source,
        List<String> dimensions,
        List<String> groups,
        Integer maxCombinations,
        Long version) {

    public IndicatorDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        dimensions = dimensions == null ? List.of() : dimensions;
        groups = groups == null ? List.of() : groups;
    }

    /** The same definition under another code (an edit keeps the indicator's code). */
    IndicatorDraft withCode(String other) {
        return new IndicatorDraft(
                other,
                name,
                definition,
                unit,
                decimals,
                minValue,
                maxValue,
                source,
                dimensions,
                groups,
                maxCombinations,
                version);
    }
}
