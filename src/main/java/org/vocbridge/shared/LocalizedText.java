package org.vocbridge.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A text in several languages: BCP 47 language tag to text. Tags are normalized (case, {@code _}
 * to {@code -}); blank texts are dropped.
 */
public record LocalizedText(@JsonValue Map<String, String> values) {

    /** The order in which other languages stand in when the reader's language is missing. */
    private static final List<String> FALLBACK_ORDER = List.of("en", "zh", "ru");

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /** Tags seen, normalized: every text built from stored JSON checks its tags, so they are remembered. */
    private static final Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_CACHED_TAGS = 10_000;

    public LocalizedText {
        Map<String, String> normalized = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((tag, text) -> {
                if (text != null && !text.isBlank()) {
                    normalized.put(normalizeTag(tag), text.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(normalized);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(Map<String, String> values) {
        return values == null || values.isEmpty() ? EMPTY : new LocalizedText(values);
    }

    public static LocalizedText of(String... tagAndText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tagAndText.length; i += 2) {
            map.put(tagAndText[i], tagAndText[i + 1]);
        }
        return new LocalizedText(map);
    }

    /** Whether the tag is a well-formed BCP 47 language tag (for example zh, zh-Hant, ru, lo, sr-Latn). */
    /**
     * Whether a tag written by a user names a language there is: well formed, and its language one
     * that the locale data know ("xx-not-a-language" is well formed, yet names none).
     */
    /**
     * The ids of the records named so in any of their languages, the first record for each name:
     * for one-off data loads that refer to records by name.
     */
    public static <T> Map<String, Long> idsByText(
            Collection<String> wanted, Iterable<T> records, Function<T, LocalizedText> text, Function<T, Long> id) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (T record : records) {
            for (String value : text.apply(record).texts()) {
                if (wanted.contains(value)) {
                    ids.putIfAbsent(value, id.apply(record));
                }
            }
        }
        return ids;
    }

    public static boolean isKnownLanguageTag(String tag) {
        if (!isValidTag(tag)) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return !locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(locale.getLanguage());
    }

    public static boolean isValidTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder()
                    .setLanguageTag(tag.strip().replace('_', '-'))
                    .build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    public static String normalizeTag(String tag) {
        String known = NORMALIZED.get(tag);
        if (known != null) {
            return known;
        }
        if (!isValidTag(tag)) {
            throw new IllegalArgumentException("Not a BCP 47 language tag: " + tag);
        }
        String normalized = Locale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
        if (NORMALIZED.size() < MAX_CACHED_TAGS) {
            NORMALIZED.put(tag, normalized);
        }
        return normalized;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> get(String tag) {
        return Optional.ofNullable(values.get(normalizeTag(tag)));
    }

    /** All texts, in every language, for indexing and matching. */
    public Collection<String> texts() {
        return values.values();
    }

    /** The languages, among those wanted and in their order, that have no text. */
    public Set<String> missing(Collection<String> wanted) {
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (String tag : wanted) {
            if (find(Locale.forLanguageTag(tag)) == null) {
                missing.add(tag);
            }
        }
        return missing;
    }

    /**
     * The text for a reader: their exact language, else the same language in another script or
     * region, else English, Chinese, Russian, else whatever there is.
     */
    public Resolved resolve(Locale reader) {
        String tag = find(reader);
        if (tag != null) {
            return new Resolved(values.get(tag), tag, false);
        }
        for (String fallback : FALLBACK_ORDER) {
            tag = find(Locale.forLanguageTag(fallback));
            if (tag != null) {
                return new Resolved(values.get(tag), tag, true);
            }
        }
        return values.entrySet().stream()
                .findFirst()
                .map(e -> new Resolved(e.getValue(), e.getKey(), true))
                .orElse(new Resolved("", reader.toLanguageTag(), false));
    }

    /** Shortcut for {@code resolve(reader).text()}. */
    public String in(Locale reader) {
        return resolve(reader).text();
    }

    private String find(Locale reader) {
        String exact = reader.toLanguageTag();
        if (values.containsKey(exact)) {
            return exact;
        }
        for (String tag : values.keySet()) {
            if (Locale.forLanguageTag(tag).getLanguage().equals(reader.getLanguage())) {
                return tag;
            }
        }
        return null;
    }

    /**
     * A text chosen for a reader.
     *
     * @param fallback true when the text is in another language than the reader's
     */
    public record Resolved(String text, String languageTag, boolean fallback) {}
}
