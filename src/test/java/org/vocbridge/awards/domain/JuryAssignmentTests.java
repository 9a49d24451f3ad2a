package org.vocbridge.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JuryAssignmentTests {

    private static JuryRules rules(int perEntry, int min, int max, boolean oneFromCountry) {
        return new JuryRules(perEntry, min, max, oneFromCountry, false, 3, 5, true, 0);
    }

    private static List<JuryAssignment.Candidate> entries(int n, String... countries) {
        List<JuryAssignment.Candidate> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new JuryAssignment.Candidate(100 + i, countries[i % countries.length]));
        }
        return entries;
    }

    private static List<JuryAssignment.Seat> jurors(int n, String... countries) {
        List<JuryAssignment.Seat> jurors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            jurors.add(new JuryAssignment.Seat(1 + i, countries[i % countries.length]));
        }
        return jurors;
    }

    /** Every hard constraint of the assignment holds. */
    private static void holds(
            JuryAssignment.Result result,
            List<JuryAssignment.Candidate> entries,
            List<JuryAssignment.Seat> jurors,
            Set<String> conflicts,
            JuryRules rules) {
        assertThat(result.feasible()).isTrue();
        Map<Long, String> countryOf = new HashMap<>();
        jurors.forEach(j -> countryOf.put(j.jurorId(), j.country()));
        Map<Long, Integer> load = new HashMap<>();
        for (JuryAssignment.Candidate e : entries) {
            List<Long> assigned = result.assigned().get(e.entryId());
            assertThat(assigned).hasSize(rules.jurorsPerEntry()).doesNotHaveDuplicates();
            assigned.forEach(j -> {
                assertThat(conflicts).doesNotContain(JuryAssignment.pair(j, e.entryId()));
                load.merge(j, 1, Integer::sum);
            });
            if (rules.oneJurorFromEntrantCountry()) {
                assertThat(assigned.stream()
                                .filter(j -> e.country().equals(countryOf.get(j)))
                                .count())
                        .isLessThanOrEqualTo(1);
            }
        }
        jurors.forEach(
                j -> assertThat(load.getOrDefault(j.jurorId(), 0)).isBetween(rules.minPerJuror(), rules.maxPerJuror()));
    }

    @Test
    void everyConstraintHoldsAndTheWorkIsSpreadEvenly() {
        var entries = entries(60, "CN", "KZ", "TH");
        var jurors = jurors(12, "CN", "KZ", "TH", "UZ");
        Set<String> conflicts = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 80; i++) {
            conflicts.add(JuryAssignment.pair(1 + random.nextInt(12), 100 + random.nextInt(60)));
        }
        JuryRules rules = rules(3, 10, 20, true);
        var result = JuryAssignment.assign(entries, jurors, conflicts, rules);
        holds(result, entries, jurors, conflicts, rules);
        Map<Long, Integer> load = new HashMap<>();
        result.assigned().values().forEach(list -> list.forEach(j -> load.merge(j, 1, Integer::sum)));
        // 180 reviews over 12 jurors: the convex costs keep everyone at 15 or one off
        assertThat(load.values()).allMatch(n -> n >= 14 && n <= 16);
    }

    @Test
    void theSameInputsGiveTheSameAssignment() {
        var entries = entries(200, "CN", "LA");
        var jurors = jurors(40, "CN", "LA", "MY");
        Set<String> conflicts = Set.of(JuryAssignment.pair(1, 100), JuryAssignment.pair(2, 101));
        JuryRules rules = rules(3, 0, 20, true);
        assertThat(JuryAssignment.assign(entries, jurors, conflicts, rules))
                .isEqualTo(JuryAssignment.assign(entries, jurors, conflicts, rules));
    }

    @Test
    void aConstraintThatCannotHoldIsNamedAndNothingIsAssigned() {
        var entries = entries(4, "CN");
        var jurors = jurors(3, "CN", "KZ", "TH");
        var tooMany = JuryAssignment.assign(entries, jurors, Set.of(), rules(3, 0, 3, false));
        assertThat(tooMany.assigned()).isEmpty();
        assertThat(tooMany.binding())
                .extracting(JuryAssignment.Binding::constraint)
                .containsExactly("maxPerJuror");
        assertThat(tooMany.binding().get(0).needed()).isEqualTo(12);
        assertThat(tooMany.binding().get(0).available()).isEqualTo(9);

        var conflicted =
                JuryAssignment.assign(entries, jurors, Set.of(JuryAssignment.pair(2, 101)), rules(3, 0, 4, false));
        assertThat(conflicted.binding())
                .extracting(JuryAssignment.Binding::constraint)
                .containsExactly("noConflict");
        assertThat(conflicted.binding().get(0).entries()).containsExactly(101L);

        var country = JuryAssignment.assign(
                entries(2, "CN"), jurors(4, "CN", "CN", "CN", "TH"), Set.of(), rules(3, 0, 4, true));
        assertThat(country.binding())
                .extracting(JuryAssignment.Binding::constraint)
                .containsExactly("oneJurorFromCountry");

        var minimum =
                JuryAssignment.assign(entries(2, "CN"), jurors(3, "CN", "KZ", "TH"), Set.of(), rules(1, 1, 2, false));
        assertThat(minimum.binding())
                .extracting(JuryAssignment.Binding::constraint)
                .containsExactly("minPerJuror");

        // juror 3 is free only for entries its minimum cannot reach: the flow finds it short
        var stranded = JuryAssignment.assign(
                entries(3, "CN"),
                jurors(3, "CN", "KZ", "TH"),
                Set.of(JuryAssignment.pair(3, 100), JuryAssignment.pair(3, 101), JuryAssignment.pair(3, 102)),
                rules(1, 1, 3, false));
        assertThat(stranded.binding())
                .extracting(JuryAssignment.Binding::constraint)
                .containsExactly("minPerJuror");
        assertThat(stranded.binding().get(0).jurors()).containsExactly(3L);
    }
}
