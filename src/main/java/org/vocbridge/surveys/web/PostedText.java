package org.vocbridge.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.vocbridge.shared.LocalizedText;

/** Values of a posted survey form, whose multilingual fields are one input per survey language ({@code label_zh}). */
final class PostedText {

    private PostedText() {}

    static LocalizedText texts(MultiValueMap<String, String> form, String field, List<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String l : languages) {
            String v = form.getFirst(field + "_" + l);
            if (v != null && !v.isBlank()) {
                texts.put(l, v.strip());
            }
        }
        return LocalizedText.of(texts);
    }

    /** The stripped value, or "" when none was posted. */
    static String value(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v.strip();
    }

    static String valueOrNull(MultiValueMap<String, String> form, String field) {
        String v = value(form, field);
        return v.isEmpty() ? null : v;
    }
}
