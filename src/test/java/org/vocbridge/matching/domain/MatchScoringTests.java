package org.vocbridge.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vocbridge.matching.CefrLevel;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.MatchExplanation.GateKind;
import org.vocbridge.matching.SkillNeed;

class MatchScoringTests {

    static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

    static MatchFacts.Demand demand(List<SkillNeed> skills) {
        return new MatchFacts.Demand(
                1,
                new TreeSet<>(Set.of("7231")),
                skills,
                "0716",
                4,
                List.of(new LanguageLevel("th", CefrLevel.B1)),
                20,
                MARCH,
                MARCH.plusDays(99),
                new TreeSet<>(Set.of("TH")),
                0b111);
    }

    static MatchFacts.Offer offer(long id, String isco, Set<String> skills, String field, int capacity) {
        return new MatchFacts.Offer(
                id,
                new TreeSet<>(Set.of(isco)),
                skills,
                field,
                5,
                List.of(new LanguageLevel("th", CefrLevel.B2), new LanguageLevel("zh", CefrLevel.C1)),
                capacity,
                MARCH.minusDays(10),
                MARCH.plusDays(200),
                new TreeSet<>(Set.of("LA", "TH")));
    }

    @Test
    void aPerfectOfferScoresTheWholeAndEveryPartIsShown() {
        MatchExplanation m = MatchScoring.score(
                demand(List.of(new SkillNeed("s1", true), new SkillNeed("s2", false))),
                offer(7, "7231", Set.of("s1", "s2"), "0716", 30),
                Weights.builtIn());
        assertThat(m.passed()).isTrue();
        assertThat(m.score()).isEqualTo(10_000);
        assertThat(m.algorithm()).isEqualTo(MatchScoring.ALGORITHM);
        assertThat(m.components()).extracting(MatchExplanation.Component::kind).containsExactly(ComponentKind.values());
        assertThat(m.components().stream()
                        .mapToInt(MatchExplanation.Component::weight)
                        .sum())
                .isEqualTo(10_000);
    }

    @Test
    void closerOccupationsAndFieldsScoreMoreAndTheMissingEssentialSkillsAreNamed() {
        MatchFacts.Demand d =
                demand(List.of(new SkillNeed("s3", true), new SkillNeed("s1", true), new SkillNeed("s2", false)));
        MatchExplanation same = MatchScoring.score(d, offer(1, "7231", Set.of("s2"), "0716", 20), Weights.builtIn());
        MatchExplanation minor = MatchScoring.score(d, offer(2, "7233", Set.of("s2"), "0715", 20), Weights.builtIn());
        MatchExplanation major = MatchScoring.score(d, offer(3, "7412", Set.of("s2"), "0612", 20), Weights.builtIn());
        assertThat(value(same, ComponentKind.OCCUPATION)).isEqualTo(1000);
        assertThat(value(minor, ComponentKind.OCCUPATION)).isEqualTo(750);
        assertThat(value(major, ComponentKind.OCCUPATION)).isEqualTo(250);
        assertThat(value(minor, ComponentKind.FIELD)).isEqualTo(667);
        assertThat(value(major, ComponentKind.FIELD)).isZero();
        assertThat(same.score()).isGreaterThan(minor.score());
        assertThat(minor.score()).isGreaterThan(major.score());
        MatchExplanation.Component skills = component(same, ComponentKind.SKILLS);
        assertThat(skills.value()).as("1 optional of 2 + 2 + 1").isEqualTo(200);
        assertThat(skills.missing()).containsExactly("s1", "s3");
        assertThat(skills.evidence()).containsExactly("0", "2", "1", "1");
    }

    @Test
    void eachGateThatFailsSaysWhatIsAskedAndGivenAndTheScoreIsZero() {
        MatchFacts.Demand d = demand(List.of());
        MatchFacts.Offer lowThai = new MatchFacts.Offer(
                9,
                new TreeSet<>(Set.of("7231")),
                Set.of(),
                "0716",
                3,
                List.of(new LanguageLevel("th", CefrLevel.A2)),
                20,
                MARCH.plusDays(200),
                MARCH.plusDays(300),
                new TreeSet<>(Set.of("KZ")));
        MatchExplanation m = MatchScoring.score(d, lowThai, Weights.builtIn());
        assertThat(m.passed()).isFalse();
        assertThat(m.score()).isZero();
        assertThat(m.gates())
                .filteredOn(g -> !g.passed())
                .extracting(MatchExplanation.Gate::kind)
                .containsExactly(GateKind.LANGUAGE, GateKind.LEVEL, GateKind.COUNTRY, GateKind.DATES);
        assertThat(m.gates().get(0).asked()).isEqualTo("th:B1");
        assertThat(m.gates().get(0).offered()).isEqualTo("th:A2");
        assertThat(m.gates().get(1).asked()).isEqualTo("4");
        assertThat(m.gates().get(1).offered()).isEqualTo("3");
    }

    @Test
    void theContributionsAddUpToTheScoreAndTheOrderOfWhatIsNamedChangesNothing() {
        Random random = new Random(2026_12_07);
        List<String> codes = List.of("7231", "7233", "7212", "7412", "8160", "2144");
        for (int i = 0; i < 2_000; i++) {
            List<SkillNeed> needs = new ArrayList<>();
            for (int s = 0; s < random.nextInt(12); s++) {
                needs.add(new SkillNeed("s" + random.nextInt(20), random.nextBoolean()));
            }
            Set<String> taught = new TreeSet<>();
            for (int s = 0; s < random.nextInt(15); s++) {
                taught.add("s" + random.nextInt(20));
            }
            MatchFacts.Demand d = new MatchFacts.Demand(
                    1,
                    new TreeSet<>(Set.of(codes.get(random.nextInt(codes.size())))),
                    needs,
                    random.nextBoolean() ? "0716" : null,
                    null,
                    List.of(),
                    random.nextBoolean() ? 1 + random.nextInt(90) : null,
                    MARCH,
                    MARCH.plusDays(random.nextInt(400)),
                    new TreeSet<>(),
                    random.nextInt(8));
            MatchFacts.Offer o =
                    offer(2, codes.get(random.nextInt(codes.size())), taught, "0715", 1 + random.nextInt(90));
            MatchExplanation m = MatchScoring.score(d, o, Weights.builtIn());
            assertThat(m.score())
                    .isEqualTo(m.components().stream()
                            .mapToInt(MatchExplanation.Component::contribution)
                            .sum())
                    .isBetween(0, 10_000);
            m.components().forEach(c -> assertThat(c.contribution()).isEqualTo(c.value() * c.weight() / 1000));

            List<SkillNeed> shuffled = new ArrayList<>(needs);
            Collections.shuffle(shuffled, random);
            MatchFacts.Demand reordered = new MatchFacts.Demand(
                    1,
                    d.occupations(),
                    shuffled,
                    d.field(),
                    d.minLevel(),
                    d.languages(),
                    d.headcount(),
                    d.from(),
                    d.to(),
                    d.countries(),
                    d.supports());
            MatchExplanation again = MatchScoring.score(reordered, o, Weights.builtIn());
            assertThat(again.score()).isEqualTo(m.score());
            assertThat(component(again, ComponentKind.SKILLS).missing())
                    .isEqualTo(component(m, ComponentKind.SKILLS).missing());
        }
    }

    private static int value(MatchExplanation m, ComponentKind kind) {
        return component(m, kind).value();
    }

    private static MatchExplanation.Component component(MatchExplanation m, ComponentKind kind) {
        return m.components().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
