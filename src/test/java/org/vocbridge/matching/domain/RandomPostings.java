package org.vocbridge.matching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vocbridge.matching.CefrLevel;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.SkillNeed;

/**
 * Demands and offers drawn from a seeded {@link Random}, so that the same seed gives the same
 * postings on every machine: ISCO-08 unit groups, 10 to 40 skills per offer from a vocabulary of
 * the size asked, ISCED-F fields, languages with CEFR levels, capacities, cohort dates and
 * countries, each sometimes missing. Used by the ranking tests and by the ranking benchmark.
 */
public final class RandomPostings {

    private static final String[] LANGUAGES = {"zh", "en", "ru", "th", "ms", "id", "lo", "kk", "uz-Cyrl", "zh-Hant"};
    private static final String[] COUNTRIES = {"CN", "TH", "MY", "ID", "LA", "KH", "VN", "KZ", "UZ", "KG", "TJ", "RU"};
    private static final String[] FIELDS = {
        "0711", "0712", "0713", "0714", "0715", "0716", "0721", "0732", "0413", "0416", "1015", "0811", "0214", "1041"
    };
    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    private final Random random;
    private final String[] skills;
    private final String[] occupations;

    public RandomPostings(long seed, int skillVocabulary, int occupationGroups) {
        random = new Random(seed);
        skills = new String[skillVocabulary];
        for (int s = 0; s < skillVocabulary; s++) {
            skills[s] = "http://data.europa.eu/esco/skill/" + new java.util.UUID(seed, s);
        }
        occupations = new String[occupationGroups];
        for (int c = 0; c < occupationGroups; c++) {
            occupations[c] = String.valueOf(1000 + random.nextInt(9000));
        }
    }

    /** Offers numbered from 1, in the order of their ids. */
    public List<MatchFacts.Offer> offers(int count) {
        List<MatchFacts.Offer> offers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Set<String> taught = new TreeSet<>();
            int n = 10 + random.nextInt(31);
            while (taught.size() < Math.min(n, skills.length)) {
                taught.add(skills[random.nextInt(skills.length)]);
            }
            LocalDate from = maybe() ? START.plusDays(random.nextInt(365)) : null;
            offers.add(new MatchFacts.Offer(
                    i,
                    codes(occupations, 1 + random.nextInt(2)),
                    Set.copyOf(taught),
                    maybe() ? FIELDS[random.nextInt(FIELDS.length)] : null,
                    maybe() ? 3 + random.nextInt(4) : null,
                    languages(1 + random.nextInt(3), 3),
                    maybe() ? 5 + random.nextInt(60) : null,
                    from,
                    from == null || !maybe() ? null : from.plusDays(random.nextInt(500) - 20),
                    codes(COUNTRIES, random.nextInt(5))));
        }
        return offers;
    }

    public MatchFacts.Demand demand(long id) {
        List<SkillNeed> needs = new ArrayList<>();
        for (int s = 5 + random.nextInt(16); s > 0; s--) {
            needs.add(new SkillNeed(skills[random.nextInt(skills.length)], random.nextBoolean()));
        }
        LocalDate from = maybe() ? START.plusDays(random.nextInt(365)) : null;
        return new MatchFacts.Demand(
                id,
                codes(occupations, 1 + random.nextInt(3)),
                needs,
                maybe() ? FIELDS[random.nextInt(FIELDS.length)] : null,
                maybe() ? 3 + random.nextInt(3) : null,
                languages(random.nextInt(3), 2),
                random.nextInt(10) == 0 ? random.nextInt(3) - 1 : 1 + random.nextInt(80),
                from,
                from == null || !maybe() ? null : from.plusDays(random.nextInt(300) - 10),
                codes(COUNTRIES, random.nextInt(3)),
                random.nextInt(8));
    }

    /** True four times in five. */
    private boolean maybe() {
        return random.nextInt(5) > 0;
    }

    private SortedSet<String> codes(String[] from, int count) {
        SortedSet<String> chosen = new TreeSet<>();
        for (int k = 0; k < count; k++) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return chosen;
    }

    private List<LanguageLevel> languages(int count, int levels) {
        List<LanguageLevel> chosen = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int level = random.nextInt(levels + 3) - 1;
            chosen.add(new LanguageLevel(
                    LANGUAGES[random.nextInt(LANGUAGES.length)],
                    level < 0 ? null : CefrLevel.values()[Math.min(level, 5)]));
        }
        return chosen;
    }
}
