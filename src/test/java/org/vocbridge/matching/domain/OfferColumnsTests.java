package org.vocbridge.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;

class OfferColumnsTests {

    /** Weights other than the built-in ones, as a published set would be. */
    static final Weights PROPOSED = new Weights(
            "test.w2",
            Map.of(
                    ComponentKind.OCCUPATION, 1000,
                    ComponentKind.SKILLS, 4500,
                    ComponentKind.FIELD, 500,
                    ComponentKind.LANGUAGE, 1500,
                    ComponentKind.QUANTITY, 1000,
                    ComponentKind.TIMING, 900,
                    ComponentKind.MOBILITY, 600));

    @Test
    void everyOfferScoresExactlyAsTheExplanationSaysAndAFailedGateLeavesItOut() {
        RandomPostings postings = new RandomPostings(7, 80, 25);
        List<MatchFacts.Offer> offers = postings.offers(1_500);
        OfferColumns columns = new OfferColumns(offers);
        int passed = 0;
        int failed = 0;
        for (int d = 1; d <= 200; d++) {
            MatchFacts.Demand demand = postings.demand(d);
            Weights weights = d % 2 == 0 ? Weights.builtIn() : PROPOSED;
            IntUnaryOperator scores = columns.scores(demand, weights);
            for (int i = 0; i < offers.size(); i++) {
                MatchExplanation m = MatchScoring.score(demand, offers.get(i), weights);
                assertThat(scores.applyAsInt(i))
                        .as("demand %s, offer %s", demand, offers.get(i))
                        .isEqualTo(m.passed() ? m.score() : -1);
                if (m.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        assertThat(passed).as("pairs that pass every gate").isGreaterThan(10_000);
        assertThat(failed).as("pairs that fail a gate").isGreaterThan(10_000);
    }

    @Test
    void theBestAreTheHeadOfTheWholeRankingTiesGoingToTheLowerId() {
        RandomPostings postings = new RandomPostings(11, 30, 6);
        List<MatchFacts.Offer> offers = postings.offers(3_000);
        OfferColumns columns = new OfferColumns(offers);
        Comparator<MatchExplanation> best = Comparator.comparingInt(MatchExplanation::score)
                .reversed()
                .thenComparingLong(MatchExplanation::offerId);
        boolean tied = false;
        for (int d = 1; d <= 60; d++) {
            MatchFacts.Demand demand = postings.demand(d);
            List<MatchExplanation> naive = offers.stream()
                    .map(o -> MatchScoring.score(demand, o, Weights.builtIn()))
                    .filter(MatchExplanation::passed)
                    .sorted(best)
                    .toList();
            for (int limit : new int[] {1, 20, 100}) {
                List<Long> expected = naive.stream()
                        .limit(limit)
                        .map(MatchExplanation::offerId)
                        .toList();
                List<Long> ranked = IntStream.of(columns.best(demand, Weights.builtIn(), limit))
                        .mapToObj(i -> offers.get(i).id())
                        .toList();
                assertThat(ranked).as("demand %d, top %d", d, limit).isEqualTo(expected);
            }
            tied |= naive.size() > 20 && naive.get(0).score() == naive.get(1).score();
        }
        assertThat(tied).as("some rankings start with a tie").isTrue();
    }

    @Test
    void offersOutOfTheOrderOfTheirIdsAreRefused() {
        List<MatchFacts.Offer> offers = new RandomPostings(3, 20, 5).offers(2);
        assertThatThrownBy(() -> new OfferColumns(List.of(offers.get(1), offers.get(0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
