package org.vocbridge.awards.domain;

import java.util.Map;

/**
 * A juror's marks for an entry: criterion key to mark (0 to its highest; a judgement's level 0 to 3).
 *
 * @param version the version of the score read, when changing one
 */
public record ScoreDraft(Map<String, Integer> marks, String comment, Long version) {

    public ScoreDraft {
        marks = marks == null
                ? Map.of()
                : marks.entrySet().stream()
                        .filter(e -> e.getKey() != null && e.getValue() != null)
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
