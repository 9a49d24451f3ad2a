package org.vocbridge.matching.domain;

import static org.vocbridge.matching.MatchExplanation.ComponentKind;
import static org.vocbridge.matching.MatchExplanation.GateKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.Component;
import org.vocbridge.matching.MatchExplanation.Gate;
import org.vocbridge.matching.SkillNeed;

/**
 * Scores an offer against a demand, in integers only (docs/matching.md explains every rule and
 * weight). Gates first: languages (one the demand asks at its level), ISCED level, countries and
 * dates, each only when both sides say; a failed gate makes the score 0. Then seven components,
 * each a value from 0 to 1,000 times its weight in basis points, divided by 1,000 and rounded down;
 * the score is their sum, so the parts add up to it exactly. A change of a rule is a new
 * {@link #ALGORITHM} version; a weight set published from the feedback is a new version of the
 * weights ({@link Algorithms}); the version is stored with every match.
 */
final class MatchScoring {

    static final String ALGORITHM = "2026.12.1";

    /** The built-in weights of the components, in basis points; they add up to 10,000. */
    static final Map<ComponentKind, Integer> WEIGHTS = weights();

    private static Map<ComponentKind, Integer> weights() {
        Map<ComponentKind, Integer> w = new EnumMap<>(ComponentKind.class);
        w.put(ComponentKind.OCCUPATION, 3000);
        w.put(ComponentKind.SKILLS, 3000);
        w.put(ComponentKind.FIELD, 1500);
        w.put(ComponentKind.LANGUAGE, 1000);
        w.put(ComponentKind.QUANTITY, 500);
        w.put(ComponentKind.TIMING, 500);
        w.put(ComponentKind.MOBILITY, 500);
        return java.util.Collections.unmodifiableMap(w);
    }

    private MatchScoring() {}

    /** With the weights given: a published weight set, or the built-in one. */
    static MatchExplanation score(MatchFacts.Demand d, MatchFacts.Offer o, Weights w) {
        List<Gate> gates = List.of(languageGate(d, o), levelGate(d, o), countryGate(d, o), datesGate(d, o));
        List<Component> components = List.of(
                occupation(d, o),
                skills(d, o),
                field(d, o),
                languages(d, o),
                quantity(d, o),
                timing(d, o),
                mobility(d, o));
        List<Component> weighed = components.stream()
                .map(c -> {
                    int weight = w.weights().get(c.kind());
                    return new Component(
                            c.kind(), c.value(), weight, c.value() * weight / 1000, c.evidence(), c.missing());
                })
                .toList();
        boolean passed = gates.stream().allMatch(Gate::passed);
        int score = passed ? weighed.stream().mapToInt(Component::contribution).sum() : 0;
        return new MatchExplanation(d.id(), o.id(), score, w.algorithm(), gates, weighed);
    }

    /** A component's value and evidence, before it is weighed. */
    private static Component component(ComponentKind kind, int value, List<String> evidence, List<String> missing) {
        return new Component(kind, value, 0, 0, evidence, missing);
    }

    // gates

    private static Gate languageGate(MatchFacts.Demand d, MatchFacts.Offer o) {
        boolean passed = d.languages().isEmpty() || d.languages().stream().anyMatch(asked -> met(asked, o.languages()));
        return new Gate(GateKind.LANGUAGE, passed, levels(d.languages()), levels(o.languages()));
    }

    private static Gate levelGate(MatchFacts.Demand d, MatchFacts.Offer o) {
        boolean passed = d.minLevel() == null || o.level() == null || o.level() >= d.minLevel();
        return new Gate(GateKind.LEVEL, passed, text(d.minLevel()), text(o.level()));
    }

    private static Gate countryGate(MatchFacts.Demand d, MatchFacts.Offer o) {
        boolean passed = d.countries().isEmpty()
                || o.countries().isEmpty()
                || d.countries().stream().anyMatch(o.countries()::contains);
        return new Gate(GateKind.COUNTRY, passed, String.join(" ", d.countries()), String.join(" ", o.countries()));
    }

    private static Gate datesGate(MatchFacts.Demand d, MatchFacts.Offer o) {
        boolean passed = d.from() == null || o.from() == null || overlapDays(d, o) > 0;
        return new Gate(GateKind.DATES, passed, period(d.from(), d.to()), period(o.from(), o.to()));
    }

    // components

    /** The closest pair of ISCO-08 codes: the same unit group 1,000, minor group 750, sub-major 500, major 250. */
    private static Component occupation(MatchFacts.Demand d, MatchFacts.Offer o) {
        int best = 0;
        List<String> evidence = List.of();
        for (String asked : d.occupations()) {
            for (String given : o.occupations()) {
                int value = 250 * commonPrefix(asked, given);
                if (value > best) {
                    best = value;
                    evidence = List.of(asked, given);
                }
            }
        }
        return component(ComponentKind.OCCUPATION, Math.min(best, 1000), evidence, List.of());
    }

    /** Skills taught of those asked, an essential one counting twice; the essential ones not taught named. */
    private static Component skills(MatchFacts.Demand d, MatchFacts.Offer o) {
        int total = 0;
        int covered = 0;
        int essential = 0;
        int essentialCovered = 0;
        List<String> missing = new ArrayList<>();
        for (SkillNeed need : d.skills()) {
            int weight = need.essential() ? 2 : 1;
            boolean taught = o.skills().contains(need.uri());
            total += weight;
            covered += taught ? weight : 0;
            if (need.essential()) {
                essential++;
                if (taught) {
                    essentialCovered++;
                } else {
                    missing.add(need.uri());
                }
            }
        }
        int value = total == 0 ? 0 : covered * 1000 / total;
        List<String> evidence = List.of(
                String.valueOf(essentialCovered),
                String.valueOf(essential),
                String.valueOf(covered - 2 * essentialCovered),
                String.valueOf(total - 2 * essential));
        return component(
                ComponentKind.SKILLS, value, evidence, missing.stream().sorted().toList());
    }

    /** ISCED-F fields: the same detailed field 1,000, narrow field 667, broad field 333. */
    private static Component field(MatchFacts.Demand d, MatchFacts.Offer o) {
        if (d.field() == null || o.field() == null) {
            return component(ComponentKind.FIELD, 0, List.of(), List.of());
        }
        return component(
                ComponentKind.FIELD, fieldValue(d.field(), o.field()), List.of(d.field(), o.field()), List.of());
    }

    static int fieldValue(String asked, String given) {
        int common = commonPrefix(asked, given);
        return common >= 4 ? 1000 : common == 3 ? 667 : common == 2 ? 333 : 0;
    }

    /** The share of the languages asked that the offer teaches at the level asked; all when none is asked. */
    private static Component languages(MatchFacts.Demand d, MatchFacts.Offer o) {
        if (d.languages().isEmpty()) {
            return component(ComponentKind.LANGUAGE, 1000, List.of(), List.of());
        }
        List<String> met = d.languages().stream()
                .filter(asked -> met(asked, o.languages()))
                .map(MatchScoring::level)
                .toList();
        return component(
                ComponentKind.LANGUAGE, met.size() * 1000 / d.languages().size(), met, List.of());
    }

    /** Places per cohort for the headcount asked, up to all of it. */
    private static Component quantity(MatchFacts.Demand d, MatchFacts.Offer o) {
        if (d.headcount() == null || o.capacity() == null || d.headcount() <= 0) {
            return component(ComponentKind.QUANTITY, 0, List.of(), List.of());
        }
        int value = Math.min(o.capacity(), d.headcount()) * 1000 / d.headcount();
        return component(
                ComponentKind.QUANTITY,
                value,
                List.of(String.valueOf(o.capacity()), String.valueOf(d.headcount())),
                List.of());
    }

    /** The share of the demand's period that the cohort's dates cover. */
    private static Component timing(MatchFacts.Demand d, MatchFacts.Offer o) {
        if (d.from() == null || o.from() == null) {
            return component(ComponentKind.TIMING, 0, List.of(), List.of());
        }
        long days = ChronoUnit.DAYS.between(d.from(), end(d.to(), d.from())) + 1;
        long overlap = overlapDays(d, o);
        return component(
                ComponentKind.TIMING,
                (int) (overlap * 1000 / days),
                List.of(String.valueOf(overlap), String.valueOf(days)),
                List.of());
    }

    /** Half for an offer that reaches a country of the demand, the other half by the support the demand gives (visa, stipend, housing). */
    private static Component mobility(MatchFacts.Demand d, MatchFacts.Offer o) {
        Set<String> shared = new TreeSet<>(d.countries());
        shared.retainAll(o.countries());
        int value = (shared.isEmpty() ? 0 : 500) + Integer.bitCount(d.supports() & 0b111) * 500 / 3;
        return component(ComponentKind.MOBILITY, value, List.copyOf(shared), List.of());
    }

    // helpers

    private static boolean met(LanguageLevel asked, List<LanguageLevel> given) {
        return given.stream()
                .anyMatch(g -> primary(g.language()).equals(primary(asked.language()))
                        && (asked.level() == null
                                || (g.level() != null && g.level().atLeast(asked.level()))));
    }

    static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("-")[0];
    }

    private static long overlapDays(MatchFacts.Demand d, MatchFacts.Offer o) {
        LocalDate start = d.from().isAfter(o.from()) ? d.from() : o.from();
        LocalDate dEnd = end(d.to(), d.from());
        LocalDate oEnd = end(o.to(), o.from());
        LocalDate finish = dEnd.isBefore(oEnd) ? dEnd : oEnd;
        return Math.max(0, ChronoUnit.DAYS.between(start, finish) + 1);
    }

    /** A period without an end lasts one day. */
    static LocalDate end(LocalDate to, LocalDate from) {
        return to == null || to.isBefore(from) ? from : to;
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String levels(List<LanguageLevel> languages) {
        return languages.stream().map(MatchScoring::level).collect(Collectors.joining(" "));
    }

    private static String level(LanguageLevel l) {
        return l.language() + (l.level() == null ? "" : ":" + l.level());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String period(LocalDate from, LocalDate to) {
        return from == null ? "" : from + "/" + (to == null ? from : to);
    }
}
