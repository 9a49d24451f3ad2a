package org.vocbridge.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vocbridge.matching.CefrLevel;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.shared.InputCheck;

/**
 * Languages with a CEFR level as typed into one form field: a language tag and, after a space, the
 * level, pairs separated by commas or semicolons, such as th B1, zh-Hans A2; a tag alone asks for no
 * level.
 */
final class LanguageLevels {

    private LanguageLevels() {}

    /** The pairs typed; one that cannot be read is refused for {@code field}, naming it. */
    static List<LanguageLevel> parse(String text, String field, InputCheck check) {
        List<LanguageLevel> levels = new ArrayList<>();
        if (text == null) {
            return levels;
        }
        for (String pair : text.split("[,;\\n]+")) {
            String[] words = pair.strip().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            CefrLevel level = words.length == 2 ? level(words[1]) : null;
            if (words.length > 2 || (words.length == 2 && level == null)) {
                check.reject(field, "error.languageLevel", pair.strip());
            } else {
                levels.add(new LanguageLevel(words[0], level));
            }
        }
        return levels;
    }

    private static CefrLevel level(String word) {
        try {
            return CefrLevel.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String format(List<LanguageLevel> levels) {
        return levels.stream()
                .map(l -> l.language() + (l.level() == null ? "" : " " + l.level()))
                .collect(Collectors.joining(", "));
    }
}
