package org.vocbridge.awards.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vocbridge.awards.domain.ScoreDraft;
import org.vocbridge.shared.InputCheck;

/** The score form: a mark per criterion key as typed or chosen, a comment, the version read. */
record ScoreForm(Map<String, String> marks, String comment, Long version) {

    ScoreForm {
        marks = marks == null ? Map.of() : marks;
    }

    ScoreDraft draft() {
        Map<String, Integer> parsed = new LinkedHashMap<>();
        InputCheck check = new InputCheck();
        marks.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                parsed.put(key, Integer.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                check.reject("marks[" + key + "]", "error.award.mark.number");
            }
        });
        check.throwIfAny();
        return new ScoreDraft(parsed, comment, version);
    }

    static ScoreForm of(Map<String, Integer> marks, String comment, Long version) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (marks != null) {
            marks.forEach((k, v) -> shown.put(k, String.valueOf(v)));
        }
        return new ScoreForm(shown, comment, version);
    }
}
