package org.vocbridge.awards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.awards.CriterionKind;
import org.vocbridge.shared.InputCheck;

/** Weighted criteria: each mark counts for its weight times its share of the criterion's highest mark. */
public record Rubric(List<Criterion> criteria) {

    static final int MAX_CRITERIA = 30;
    static final int FULL_WEIGHT = 100;

    public Rubric {
        criteria = criteria == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
    }

    /**
     * The weighted total of the marks in hundredths of a point out of 100: each criterion's share
     * exactly, the sum rounded half up once, so that the same marks give the same total on every
     * node and database.
     */
    public int total(Map<String, Integer> marks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            Integer mark = marks.get(c.key());
            if (mark != null && c.highest() > 0) {
                sum = sum.add(BigDecimal.valueOf((long) c.weight() * mark * 100)
                        .divide(BigDecimal.valueOf(c.highest()), 12, RoundingMode.HALF_UP));
            }
        }
        return sum.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The criterion of highest weight, the first of those on a tie: a tie-break of rankings. */
    public Criterion heaviest() {
        Criterion heaviest = null;
        for (Criterion c : criteria) {
            if (heaviest == null || c.weight() > heaviest.weight()) {
                heaviest = c;
            }
        }
        return heaviest;
    }

    /** Checks the rubric of a call: keys unique, kinds with what they need, weights adding up to 100. */
    void check(InputCheck check) {
        if (criteria.isEmpty()) {
            check.reject("rubric", "error.award.rubric.empty");
            return;
        }
        if (criteria.size() > MAX_CRITERIA) {
            check.reject("rubric", "error.tooMany", MAX_CRITERIA);
            return;
        }
        Set<String> keys = new HashSet<>();
        int weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "rubric[" + i + "]";
            if (c == null) {
                check.reject(field, "error.required");
                continue;
            }
            if (c.key() == null || !c.key().matches("[a-z][a-z0-9_-]{0,19}")) {
                check.reject(field + ".key", "error.award.criterion.key");
            } else if (!keys.add(c.key())) {
                check.reject(field + ".key", "error.award.criterion.duplicate", c.key());
            }
            check.require(field + ".kind", c.kind());
            check.requireText(field + ".name", c.name());
            check.localized(field + ".name", c.name(), 300);
            check.localized(field + ".rule", c.rule(), 2000);
            if (c.weight() < 1 || c.weight() > FULL_WEIGHT) {
                check.reject(field + ".weight", "error.award.criterion.weight");
            }
            weights += c.weight();
            if (c.kind() == CriterionKind.MEASUREMENT
                    && (c.maxMark() == null || c.maxMark() < 1 || c.maxMark() > 100)) {
                check.reject(field + ".maxMark", "error.award.criterion.maxMark");
            }
            if (c.kind() == CriterionKind.JUDGEMENT) {
                if (c.levels() == null || c.levels().size() != Criterion.JUDGEMENT_LEVELS) {
                    check.reject(field + ".levels", "error.award.criterion.levels");
                } else {
                    for (int l = 0; l < Criterion.JUDGEMENT_LEVELS; l++) {
                        check.requireText(
                                field + ".levels[" + l + "]", c.levels().get(l));
                        check.localized(field + ".levels[" + l + "]", c.levels().get(l), 1000);
                    }
                }
            }
        }
        if (weights != FULL_WEIGHT) {
            check.reject("rubric", "error.award.rubric.weights", weights);
        }
    }

    /** Checks a juror's marks: every required criterion marked, each within its range, no unknown key. */
    void checkMarks(InputCheck check, Map<String, Integer> marks) {
        Set<String> known = new HashSet<>();
        for (Criterion c : criteria) {
            known.add(c.key());
            Integer mark = marks.get(c.key());
            String field = "marks[" + c.key() + "]";
            if (mark == null) {
                if (c.required()) {
                    check.reject(field, "error.award.mark.required");
                }
            } else if (mark < 0 || mark > c.highest()) {
                check.reject(field, "error.award.mark.range", 0, c.highest());
            }
        }
        marks.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .forEach(k -> check.reject("marks", "error.award.mark.unknown", k));
    }
}
