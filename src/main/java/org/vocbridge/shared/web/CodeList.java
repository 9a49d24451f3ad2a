package org.vocbridge.shared.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Codes typed into one form field (ISCO-08 occupations, language tags), separated by spaces, commas or semicolons. */
public final class CodeList {

    private CodeList() {}

    public static Set<String> parse(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("[\\s,;]+"))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
