package org.vocbridge.matching.web;

import com.ibm.icu.text.ListFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.SkillSummary;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * One sentence per match in the reader's language, from templates in the message bundles (never
 * generated otherwise): a failed gate says why; a match names its three largest contributions, and
 * the essential skills missing by their labels.
 */
@Component
@RequiredArgsConstructor
class MatchSentences {

    private final MessageSource messages;
    private final TaxonomyApi taxonomy;
    private final Texts texts;

    /** The labels of the missing essential skills of the matches, by URI, in the reader's language. */
    Map<String, String> missingSkills(List<MatchExplanation> matches) {
        List<String> uris = matches.stream()
                .flatMap(m -> m.components().stream())
                .flatMap(c -> c.missing().stream())
                .distinct()
                .toList();
        Map<String, String> labels = new HashMap<>();
        for (SkillSummary s : taxonomy.skills(uris)) {
            labels.put(s.uri(), texts.of(s.label()).text());
        }
        return labels;
    }

    String of(MatchExplanation match, Map<String, String> skillLabels, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!match.passed()) {
            match.gates().stream()
                    .filter(g -> !g.passed())
                    .forEach(g -> parts.add(messages.getMessage(
                            "matching.gate." + g.kind(),
                            new Object[] {
                                readable(g.kind().name(), g.asked()),
                                readable(g.kind().name(), g.offered())
                            },
                            locale)));
            return messages.getMessage(
                    "matching.failed",
                    new Object[] {ListFormatter.getInstance(locale).format(parts)},
                    locale);
        }
        match.components().stream()
                .filter(c -> c.contribution() > 0 && !c.evidence().isEmpty())
                .sorted(Comparator.comparingInt(MatchExplanation.Component::contribution)
                        .reversed()
                        .thenComparing(MatchExplanation.Component::kind))
                .limit(3)
                .forEach(c -> parts.add(messages.getMessage(partKey(c), evidence(c), locale)));
        match.components().stream()
                .filter(c -> c.kind() == ComponentKind.SKILLS && !c.missing().isEmpty())
                .findFirst()
                .ifPresent(c -> parts.add(messages.getMessage(
                        "matching.part.missing",
                        new Object[] {
                            ListFormatter.getInstance(locale)
                                    .format(c.missing().stream()
                                            .map(uri -> skillLabels.getOrDefault(uri, uri))
                                            .toList())
                        },
                        locale)));
        return messages.getMessage(
                "matching.sentence",
                new Object[] {
                    score(match.score(), locale),
                    ListFormatter.getInstance(locale).format(parts)
                },
                locale);
    }

    /** A component's evidence as the sentence names it: countries and languages by their names. */
    private Object[] evidence(MatchExplanation.Component c) {
        return switch (c.kind()) {
            case LANGUAGE, MOBILITY -> new Object[] {readable(c.kind().name(), String.join(" ", c.evidence()))};
            default -> c.evidence().toArray();
        };
    }

    /**
     * Codes joined by spaces as a reader reads them: countries (TH) and languages with their level
     * (th:B1) by their names in the reader's language; anything else as it is.
     */
    private String readable(String kind, String codes) {
        if (codes.isBlank() || !(kind.equals("LANGUAGE") || kind.equals("COUNTRY") || kind.equals("MOBILITY"))) {
            return codes;
        }
        return java.util.Arrays.stream(codes.split(" "))
                .map(code -> {
                    if (!kind.equals("LANGUAGE")) {
                        return texts.country(code);
                    }
                    String[] tagAndLevel = code.split(":");
                    return texts.language(tagAndLevel[0]) + (tagAndLevel.length > 1 ? " " + tagAndLevel[1] : "");
                })
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The template of a component's part of the sentence: codes asked and given that are the same have their own. */
    private static String partKey(MatchExplanation.Component c) {
        boolean codes = c.kind() == ComponentKind.OCCUPATION || c.kind() == ComponentKind.FIELD;
        boolean same = codes
                && c.evidence().size() == 2
                && c.evidence().get(0).equals(c.evidence().get(1));
        return "matching.part." + c.kind() + (same ? ".same" : "");
    }

    /** A score in basis points as shown in the reader's language: 8250 is 82.50 (82,50 in Russian). */
    static String score(int basisPoints, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(java.math.BigDecimal.valueOf(basisPoints, 2));
    }
}
