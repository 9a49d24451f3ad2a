package org.vocbridge.matching.domain;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vocbridge.matching.MatchExplanation;

/**
 * The top 20 offers for a demand among many, as the application ranks them ({@link OfferColumns},
 * the 20 then explained), beside the naive loop over the same offers as objects (every pair
 * explained by {@link MatchScoring}, filtered and sorted in a stream), and the cost of laying the
 * offers out in columns. Run by bench/matching.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchRankingBench {

    private static final Comparator<MatchExplanation> BEST = Comparator.comparingInt(MatchExplanation::score)
            .reversed()
            .thenComparingLong(MatchExplanation::offerId);

    @Param({"100000"})
    public int offers;

    private List<MatchFacts.Offer> postings;
    private OfferColumns columns;
    private MatchFacts.Demand[] demands;
    private int next;

    @Setup(Level.Trial)
    public void postings() {
        // ESCO v1.1.1's 13,896 skills; 436 ISCO-08 unit groups
        RandomPostings random = new RandomPostings(2026_12_07, 13_896, 436);
        postings = random.offers(offers);
        columns = new OfferColumns(postings);
        demands = new MatchFacts.Demand[64];
        for (int d = 0; d < demands.length; d++) {
            demands[d] = random.demand(d + 1);
        }
    }

    private MatchFacts.Demand demand() {
        next = (next + 1) % demands.length;
        return demands[next];
    }

    @Benchmark
    public List<MatchExplanation> columns() {
        MatchFacts.Demand d = demand();
        return java.util.Arrays.stream(columns.best(d, Weights.builtIn(), 20))
                .mapToObj(i -> MatchScoring.score(d, postings.get(i), Weights.builtIn()))
                .toList();
    }

    @Benchmark
    public List<MatchExplanation> naive() {
        MatchFacts.Demand d = demand();
        return postings.stream()
                .map(o -> MatchScoring.score(d, o, Weights.builtIn()))
                .filter(MatchExplanation::passed)
                .sorted(BEST)
                .limit(20)
                .toList();
    }

    @Benchmark
    public OfferColumns layout() {
        return new OfferColumns(postings);
    }
}
