package org.vocbridge.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** How well a weight set orders accepted above declined contacts, against counting every pair. */
class MatchFeedbackTests {

    @Test
    void pairsAreCountedWithTiesAsHalf() {
        assertThat(MatchFeedback.ordered(new long[] {3, 5}, new long[] {1, 2})).isEqualTo(1000);
        assertThat(MatchFeedback.ordered(new long[] {1, 2}, new long[] {3, 5})).isZero();
        assertThat(MatchFeedback.ordered(new long[] {1}, new long[] {1})).isEqualTo(500);
        // (1,2) no, (1,3) no, (4,2) yes, (4,3) yes
        assertThat(MatchFeedback.ordered(new long[] {1, 4}, new long[] {2, 3})).isEqualTo(500);
        // 2 above 1, tied with 2, below 3
        assertThat(MatchFeedback.ordered(new long[] {2}, new long[] {1, 2, 3})).isEqualTo(500);
        assertThat(MatchFeedback.ordered(new long[] {}, new long[] {1})).isNull();
    }

    @Test
    void theRanksGiveWhatCountingEveryPairGives() {
        Random random = new Random(20261207);
        for (int round = 0; round < 500; round++) {
            long[] accepted = random.longs(1 + random.nextInt(30), 0, 40).toArray();
            long[] declined = random.longs(1 + random.nextInt(30), 0, 40).toArray();
            long doubled = 0;
            for (long a : accepted) {
                for (long d : declined) {
                    doubled += a > d ? 2 : a == d ? 1 : 0;
                }
            }
            long pairs = (long) accepted.length * declined.length;
            assertThat(MatchFeedback.ordered(accepted, declined))
                    .as("round %d", round)
                    .isEqualTo((int) (doubled * 1000 / (2 * pairs)));
        }
    }
}
