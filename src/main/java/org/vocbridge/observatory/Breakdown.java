package org.vocbridge.observatory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which part of a total a value is: dimension code to value code, such as sex F and age Y15T19;
 * none for the total. Its key, {@code age=Y15T19|sex=F}, names it in the database and in files.
 */
public record Breakdown(@JsonValue Map<String, String> parts) {

    public static final Breakdown TOTAL = new Breakdown(Map.of());

    public Breakdown {
        parts = parts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    @JsonCreator
    public static Breakdown of(Map<String, String> parts) {
        return new Breakdown(parts);
    }

    public boolean isTotal() {
        return parts.isEmpty();
    }

    public String key() {
        return parts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("|"));
    }

    /** Reads a key; parts that are not {@code dimension=value} are kept with an empty value, for the checks to report. */
    public static Breakdown parse(String key) {
        Map<String, String> parts = new TreeMap<>();
        if (key != null && !key.isBlank() && !key.strip().equalsIgnoreCase("total")) {
            for (String part : key.split("\\|")) {
                int eq = part.indexOf('=');
                parts.put(
                        (eq < 0 ? part : part.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT),
                        eq < 0 ? "" : part.substring(eq + 1).strip());
            }
        }
        return new Breakdown(parts);
    }

    @Override
    public String toString() {
        return key();
    }
}
