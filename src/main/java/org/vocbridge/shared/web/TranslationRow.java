package org.vocbridge.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vocbridge.shared.LocalizedText;

/**
 * One row of a multilingual field's editor in a page form: a language tag and the text in it.
 * Rows with a blank text are dropped; an invalid tag is kept so the check can name it.
 */
public record TranslationRow(String lang, String text) {

    /** The rows of a text: its languages, then zh, en, ru where missing (the page adds a spare row). */
    public static List<TranslationRow> rows(LocalizedText text) {
        List<TranslationRow> rows = new ArrayList<>();
        text.values().forEach((tag, value) -> rows.add(new TranslationRow(tag, value)));
        for (String tag : Texts.EXPECTED_LANGUAGES) {
            if (rows.stream().noneMatch(r -> tag.equals(r.lang()))) {
                rows.add(new TranslationRow(tag, ""));
            }
        }
        return rows;
    }

    /** The rows that were filled in, as language tag to text; a later row wins over an earlier one. */
    public static Map<String, String> toMap(List<TranslationRow> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        if (rows != null) {
            for (TranslationRow row : rows) {
                if (row != null && row.text() != null && !row.text().isBlank()) {
                    map.put(row.lang() == null ? "" : row.lang().strip(), row.text());
                }
            }
        }
        return map;
    }
}
