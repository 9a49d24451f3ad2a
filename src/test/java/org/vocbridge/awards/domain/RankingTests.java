package org.vocbridge.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vocbridge.awards.CriterionKind;

class RankingTests {

    static final List<Map<String, String>> LEVELS =
            List.of(Map.of("en", "0"), Map.of("en", "1"), Map.of("en", "2"), Map.of("en", "3"));

    static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion("quality", CriterionKind.JUDGEMENT, Map.of("en", "Quality"), null, null, LEVELS, 70, true),
            new Criterion("data", CriterionKind.MEASUREMENT, Map.of("en", "Data"), Map.of(), 7, null, 30, true)));

    private static Ranking.Mark mark(long entry, long juror, int quality, int data) {
        Map<String, Integer> marks = Map.of("quality", quality, "data", data);
        return new Ranking.Mark(entry, juror, RUBRIC.total(marks), marks);
    }

    @Test
    void theTotalIsEachShareExactlyRoundedOnce() {
        // 70 × 2/3 + 30 × 5/7 = 46.666… + 21.428… = 68.095… → 68.10
        assertThat(RUBRIC.total(Map.of("quality", 2, "data", 5))).isEqualTo(6810);
        assertThat(RUBRIC.total(Map.of("quality", 3, "data", 7))).isEqualTo(10_000);
        assertThat(RUBRIC.total(Map.of())).isZero();
    }

    @Test
    void theMedianDecidesThenTheMeanThenTheHeaviestCriterionThenWhoEnteredFirst() {
        List<Ranking.Mark> marks = List.of(
                mark(1, 10, 2, 5),
                mark(1, 11, 2, 5),
                mark(1, 12, 0, 0),
                mark(2, 10, 2, 5),
                mark(2, 11, 2, 5),
                mark(2, 12, 1, 0),
                mark(3, 10, 3, 7),
                mark(3, 11, 3, 7),
                mark(3, 12, 3, 7),
                mark(4, 10, 2, 5),
                mark(4, 11, 2, 5),
                mark(4, 12, 1, 0),
                mark(5, 10, 3, 0),
                mark(5, 11, 2, 5));
        var result = Ranking.rank(RUBRIC, 1, marks, List.of(1L, 2L, 3L, 4L, 5L, 6L), 50);
        assertThat(result.entries()).extracting(Ranking.Ranked::entryId).containsExactly(3L, 5L, 2L, 4L, 1L, 6L);
        assertThat(result.entries())
                .extracting(Ranking.Ranked::decidedBy)
                .containsExactly(null, "median", "median", "entered", "mean", null);
        assertThat(result.entries().get(5).rank()).as("nobody scored it").isNull();
        assertThat(result.normalized())
                .as("below the minimum, nobody is normalized")
                .isEmpty();
        // levels 3 and 2 are one apart; levels 2 and 0 are two
        assertThat(result.entries().get(4).divergent()).containsExactly("quality");
        assertThat(result.entries().get(1).divergent()).isEmpty();
    }

    @Test
    void aHarshJurorIsNormalizedOnlyOnceTheyScoredEnough() {
        List<Ranking.Mark> marks = new ArrayList<>();
        for (long entry = 1; entry <= 4; entry++) {
            int q = (int) entry % 4;
            marks.add(mark(entry, 10, q, 7));
            marks.add(mark(entry, 11, Math.max(0, q - 1), 0));
        }
        var normalized = Ranking.rank(RUBRIC, 1, marks, List.of(1L, 2L, 3L, 4L), 4);
        var raw = Ranking.rank(RUBRIC, 1, marks, List.of(1L, 2L, 3L, 4L), 5);
        assertThat(normalized.normalized()).containsExactly(10L, 11L);
        assertThat(raw.normalized()).isEmpty();
        assertThat(normalized.entries().get(0).median())
                .isNotEqualTo(normalized.entries().get(0).rawMedian());
        assertThat(raw.entries().get(0).median()).isEqualTo(raw.entries().get(0).rawMedian());
    }

    @Test
    void theSameScoresInAnyOrderGiveTheSameRankingAndFingerprint() {
        Random random = new Random(11);
        List<Ranking.Mark> marks = new ArrayList<>();
        for (long entry = 1; entry <= 30; entry++) {
            for (long juror = 1; juror <= 6; juror++) {
                marks.add(mark(entry, juror, random.nextInt(4), random.nextInt(8)));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (long entry = 1; entry <= 30; entry++) {
            ids.add(entry);
        }
        var first = Ranking.rank(RUBRIC, 2, marks, ids, 5);
        List<Ranking.Mark> shuffled = new ArrayList<>(marks);
        Collections.shuffle(shuffled, random);
        assertThat(Ranking.rank(RUBRIC, 2, shuffled, ids, 5)).isEqualTo(first);
        assertThat(Ranking.rank(RUBRIC, 3, marks, ids, 5).fingerprint()).isNotEqualTo(first.fingerprint());
    }
}
