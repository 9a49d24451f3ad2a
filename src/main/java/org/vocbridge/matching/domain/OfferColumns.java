package org.vocbridge.matching.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.SkillNeed;

/**
 * Offers laid out in primitive columns for ranking many of them against one demand: every code
 * (skill URI, ISCO-08 group, ISCED-F field, country, language) becomes an int, each offer's lists
 * are slices of one int array. A demand is turned once into tables over those ints (the weight
 * of each skill, the value of each occupation and field), so that scoring an offer is a few array
 * reads and integer sums. The scores are exactly those of {@link MatchScoring} (the tests compare
 * both on random data); only the best are then explained by it. The offers must come in the order
 * of their ids, which breaks ties.
 */
final class OfferColumns {

    private static final int NONE = Integer.MIN_VALUE;

    private final int size;
    private final Codes skillCodes = new Codes();
    private final Codes occupationCodes = new Codes();
    private final Codes fieldCodes = new Codes();
    private final Codes countryCodes = new Codes();
    private final Codes languageCodes = new Codes();
    private final Slices skills;
    private final Slices occupations;
    private final Slices countries;
    /** Per language taught: its code times 8 plus its CEFR level's ordinal + 1 (0 for none). */
    private final Slices languages;

    private final int[] field;
    private final int[] level;
    private final int[] capacity;
    private final int[] from;
    private final int[] end;

    OfferColumns(List<MatchFacts.Offer> offers) {
        size = offers.size();
        skills = new Slices(size);
        occupations = new Slices(size);
        countries = new Slices(size);
        languages = new Slices(size);
        field = new int[size];
        level = new int[size];
        capacity = new int[size];
        from = new int[size];
        end = new int[size];
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            MatchFacts.Offer o = offers.get(i);
            if (o.id() <= previous) {
                throw new IllegalArgumentException("offers must come in the order of their ids");
            }
            previous = o.id();
            o.skills().forEach(s -> skills.add(skillCodes.of(s)));
            o.occupations().forEach(c -> occupations.add(occupationCodes.of(c)));
            o.countries().forEach(c -> countries.add(countryCodes.of(c)));
            o.languages()
                    .forEach(l -> languages.add(languageCodes.of(MatchScoring.primary(l.language())) * 8
                            + (l.level() == null ? 0 : l.level().ordinal() + 1)));
            skills.close();
            occupations.close();
            countries.close();
            languages.close();
            field[i] = o.field() == null ? NONE : fieldCodes.of(o.field());
            level[i] = o.level() == null ? NONE : o.level();
            capacity[i] = o.capacity() == null ? NONE : o.capacity();
            from[i] = o.from() == null ? NONE : (int) o.from().toEpochDay();
            end[i] = o.from() == null
                    ? NONE
                    : (int) MatchScoring.end(o.to(), o.from()).toEpochDay();
        }
    }

    int size() {
        return size;
    }

    /**
     * The positions of the best offers for the demand, at most {@code limit}, best first: the
     * highest score, then the lowest id. Offers that fail a gate are left out.
     */
    int[] best(MatchFacts.Demand d, Weights w, int limit) {
        Query q = new Query(d, w);
        TopScores top = new TopScores(limit);
        for (int i = 0; i < size; i++) {
            int score = q.score(i);
            if (score >= 0) {
                top.offer(score, i);
            }
        }
        return top.positions();
    }

    /** The score of each offer, by position, for the demand with the weights; -1 for one that fails a gate. */
    IntUnaryOperator scores(MatchFacts.Demand d, Weights w) {
        return new Query(d, w)::score;
    }

    /** A demand turned into tables over the offers' codes. */
    private final class Query {
        private final int[] skillWeight = new int[skillCodes.size()];
        private final int skillTotal;
        private final int[] occupationValue = new int[occupationCodes.size()];
        private final int[] fieldValue = new int[fieldCodes.size()];
        private final boolean[] countryAsked = new boolean[countryCodes.size()];
        private final boolean anyCountry;
        private final int[] askedLanguage;
        private final int[] askedLevel;
        private final int minLevel;
        private final int headcount;
        private final int from;
        private final int end;
        private final int supportValue;
        private final int[] weight = new int[ComponentKind.values().length];

        Query(MatchFacts.Demand d, Weights w) {
            int total = 0;
            for (SkillNeed need : d.skills()) {
                int counts = need.essential() ? 2 : 1;
                total += counts;
                int code = skillCodes.find(need.uri());
                if (code >= 0) {
                    skillWeight[code] += counts;
                }
            }
            skillTotal = total;
            for (int c = 0; c < occupationValue.length; c++) {
                int best = 0;
                for (String asked : d.occupations()) {
                    best = Math.max(best, 250 * MatchScoring.commonPrefix(asked, occupationCodes.name(c)));
                }
                occupationValue[c] = Math.min(best, 1000);
            }
            if (d.field() != null) {
                for (int c = 0; c < fieldValue.length; c++) {
                    fieldValue[c] = MatchScoring.fieldValue(d.field(), fieldCodes.name(c));
                }
            }
            d.countries().forEach(c -> {
                int code = countryCodes.find(c);
                if (code >= 0) {
                    countryAsked[code] = true;
                }
            });
            anyCountry = d.countries().isEmpty();
            List<LanguageLevel> asked = d.languages();
            askedLanguage = new int[asked.size()];
            askedLevel = new int[asked.size()];
            for (int a = 0; a < asked.size(); a++) {
                askedLanguage[a] =
                        languageCodes.find(MatchScoring.primary(asked.get(a).language()));
                askedLevel[a] =
                        asked.get(a).level() == null ? 0 : asked.get(a).level().ordinal() + 1;
            }
            minLevel = d.minLevel() == null ? NONE : d.minLevel();
            headcount = d.headcount() == null || d.headcount() <= 0 ? NONE : d.headcount();
            from = d.from() == null ? NONE : (int) d.from().toEpochDay();
            end = d.from() == null
                    ? NONE
                    : (int) MatchScoring.end(d.to(), d.from()).toEpochDay();
            supportValue = Integer.bitCount(d.supports() & 0b111) * 500 / 3;
            w.weights().forEach((kind, points) -> weight[kind.ordinal()] = points);
        }

        /** The score, or -1 when a gate fails; the same rules as {@link MatchScoring}, in the same integers. */
        int score(int i) {
            if (minLevel != NONE && level[i] != NONE && level[i] < minLevel) {
                return -1;
            }
            int overlap = 0;
            if (from != NONE && OfferColumns.this.from[i] != NONE) {
                overlap = Math.max(
                        0, Math.min(end, OfferColumns.this.end[i]) - Math.max(from, OfferColumns.this.from[i]) + 1);
                if (overlap == 0) {
                    return -1;
                }
            }
            boolean shared = false;
            for (int j = countries.start(i); j < countries.start(i + 1) && !shared; j++) {
                shared = countryAsked[countries.at(j)];
            }
            if (!anyCountry && countries.start(i) < countries.start(i + 1) && !shared) {
                return -1;
            }
            int languagesMet = 0;
            for (int a = 0; a < askedLanguage.length; a++) {
                if (met(a, i)) {
                    languagesMet++;
                }
            }
            if (askedLanguage.length > 0 && languagesMet == 0) {
                return -1;
            }
            int occupation = 0;
            for (int j = occupations.start(i); j < occupations.start(i + 1); j++) {
                occupation = Math.max(occupation, occupationValue[occupations.at(j)]);
            }
            int covered = 0;
            for (int j = skills.start(i); j < skills.start(i + 1); j++) {
                covered += skillWeight[skills.at(j)];
            }
            int quantity =
                    headcount == NONE || capacity[i] == NONE ? 0 : Math.min(capacity[i], headcount) * 1000 / headcount;
            int timing = from == NONE || OfferColumns.this.from[i] == NONE
                    ? 0
                    : (int) ((long) overlap * 1000 / (end - from + 1));
            return part(ComponentKind.OCCUPATION, occupation)
                    + part(ComponentKind.SKILLS, skillTotal == 0 ? 0 : covered * 1000 / skillTotal)
                    + part(ComponentKind.FIELD, field[i] == NONE ? 0 : fieldValue[field[i]])
                    + part(
                            ComponentKind.LANGUAGE,
                            askedLanguage.length == 0 ? 1000 : languagesMet * 1000 / askedLanguage.length)
                    + part(ComponentKind.QUANTITY, quantity)
                    + part(ComponentKind.TIMING, timing)
                    + part(ComponentKind.MOBILITY, (shared ? 500 : 0) + supportValue);
        }

        private int part(ComponentKind kind, int value) {
            return value * weight[kind.ordinal()] / 1000;
        }

        private boolean met(int asked, int i) {
            for (int j = languages.start(i); j < languages.start(i + 1); j++) {
                int taught = languages.at(j);
                if (taught / 8 == askedLanguage[asked]
                        && (askedLevel[asked] == 0 || (taught % 8 != 0 && taught % 8 >= askedLevel[asked]))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Codes numbered in the order they are first seen. */
    private static final class Codes {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> names = new java.util.ArrayList<>();

        int of(String name) {
            return numbers.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        /** The code's number, or -1 when no offer has it. */
        int find(String name) {
            return numbers.getOrDefault(name, -1);
        }

        String name(int code) {
            return names.get(code);
        }

        int size() {
            return names.size();
        }
    }

    /** Each offer's list as a slice of one growing int array. */
    private static final class Slices {
        private final int[] starts;
        private int[] values = new int[64];
        private int length;
        private int closed;

        Slices(int offers) {
            starts = new int[offers + 1];
        }

        void add(int value) {
            if (length == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[length++] = value;
        }

        void close() {
            starts[++closed] = length;
        }

        int start(int offer) {
            return starts[offer];
        }

        int at(int j) {
            return values[j];
        }
    }

    /** The best scores seen, kept in a min-heap of (score, position) packed in longs. */
    private static final class TopScores {
        private final long[] heap;
        private int count;

        TopScores(int limit) {
            heap = new long[Math.max(1, limit)];
        }

        /** A higher score is better, and at the same score the lower position. */
        void offer(int score, int position) {
            long key = ((long) score << 32) | (0xFFFF_FFFFL - position);
            if (count < heap.length) {
                heap[count] = key;
                up(count++);
            } else if (key > heap[0]) {
                heap[0] = key;
                down(0);
            }
        }

        int[] positions() {
            long[] sorted = java.util.Arrays.copyOf(heap, count);
            java.util.Arrays.sort(sorted);
            int[] positions = new int[count];
            for (int k = 0; k < count; k++) {
                positions[k] = (int) (0xFFFF_FFFFL - (sorted[count - 1 - k] & 0xFFFF_FFFFL));
            }
            return positions;
        }

        private void up(int k) {
            while (k > 0 && heap[(k - 1) / 2] > heap[k]) {
                swap(k, (k - 1) / 2);
                k = (k - 1) / 2;
            }
        }

        private void down(int k) {
            while (2 * k + 1 < count) {
                int child = 2 * k + 1;
                if (child + 1 < count && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[k] <= heap[child]) {
                    return;
                }
                swap(k, child);
                k = child;
            }
        }

        private void swap(int a, int b) {
            long t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}
