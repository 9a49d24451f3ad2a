package org.vocbridge.awards.domain;

import java.util.List;
import java.util.Map;
import org.vocbridge.awards.CriterionKind;

/**
 * A criterion of a rubric.
 *
 * @param key stable within the call (c1, c2…): marks refer to it across rubric versions
 * @param rule for a measurement, what is measured and how (multilingual)
 * @param maxMark for a measurement, the highest mark (1 to 100); a judgement is marked 0 to 3
 * @param levels for a judgement, the descriptor of each level 0 to 3 (multilingual)
 * @param weight its share of the total, in points; the weights of a rubric add up to 100
 * @param required whether a score must mark it
 */
public record Criterion(
        String key,
        CriterionKind kind,
        Map<String, String> name,
        Map<String, String> rule,
        Integer maxMark,
        List<Map<String, String>> levels,
        Integer weight,
        Boolean required) {

    public static final int JUDGEMENT_LEVELS = 4;

    /** A weight not given is none (refused by the check); a criterion is required unless it says not. */
    public Criterion {
        weight = weight == null ? 0 : weight;
        required = required == null || required;
    }

    /** The highest mark: the measurement's maximum, or 3 for a judgement. */
    public int highest() {
        return kind == CriterionKind.JUDGEMENT ? JUDGEMENT_LEVELS - 1 : maxMark == null ? 0 : maxMark;
    }
}
