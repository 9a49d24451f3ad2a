package org.vocbridge.matching.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.PostingStatus;

/**
 * Ranked matches both ways: for a demand the open offers that pass its gates, best first (scored on
 * {@link OfferColumns}, the best then explained); for an offer the open demands. Ties are broken by the other side's id, so that the same records give
 * the same ranking everywhere.
 */
@Service
@RequiredArgsConstructor
public class Matches {

    /** The most shown in one ranking. */
    public static final int MAX_RANKED = 100;

    private static final Comparator<MatchExplanation> BEST_DEMANDS =
            Comparator.comparingInt(MatchExplanation::score).reversed().thenComparingLong(MatchExplanation::demandId);

    private final Demands demands;
    private final Offers offers;
    private final DemandRepository demandRows;
    private final OfferRepository offerRows;
    private final Algorithms algorithms;

    /**
     * The open offers laid out for ranking, kept by this node for as long as the offers' stamp in
     * the database stays the same: read first on every ranking, so that a change made on any node
     * is seen by the next one.
     */
    private volatile OpenOffers openOffers;

    /** One record of the other side, ranked, with its explanation. */
    public record Ranked<T>(T other, MatchExplanation match) {}

    private record OpenOffers(String stamp, List<MatchFacts.Offer> facts, OfferColumns columns) {}

    private OpenOffers openOffers() {
        String stamp = offerRows.stamp();
        OpenOffers cached = openOffers;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached;
        }
        List<MatchFacts.Offer> facts = offerRows.findByStatusOrderById(PostingStatus.OPEN).stream()
                .map(Matches::facts)
                .toList();
        OpenOffers fresh = new OpenOffers(stamp, facts, new OfferColumns(facts));
        openOffers = fresh;
        return fresh;
    }

    @Transactional(readOnly = true)
    public List<Ranked<OfferSummary>> offersFor(long demandId, int limit) {
        MatchFacts.Demand demand = facts(demands.require(demandId));
        Weights weights = algorithms.current();
        OpenOffers open = openOffers();
        List<MatchFacts.Offer> best = Arrays.stream(
                        open.columns().best(demand, weights, Math.max(1, Math.min(limit, MAX_RANKED))))
                .mapToObj(open.facts()::get)
                .toList();
        Map<Long, Offer> rows = new HashMap<>();
        offerRows.findAllById(best.stream().map(MatchFacts.Offer::id).toList()).forEach(o -> rows.put(o.id(), o));
        return best.stream()
                .map(o -> new Ranked<>(rows.get(o.id()).summary(), MatchScoring.score(demand, o, weights)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Ranked<DemandSummary>> demandsFor(long offerId, int limit) {
        MatchFacts.Offer offer = facts(offers.require(offerId));
        Weights weights = algorithms.current();
        return demandRows.findByStatusOrderById(PostingStatus.OPEN).stream()
                .map(demand -> new Ranked<>(demand, MatchScoring.score(facts(demand), offer, weights)))
                .filter(r -> r.match().passed())
                .sorted(Comparator.comparing(Ranked::match, BEST_DEMANDS))
                .limit(Math.max(1, Math.min(limit, MAX_RANKED)))
                .map(r -> new Ranked<>(r.other().summary(), r.match()))
                .toList();
    }

    /** The explanation of one pair, gates failed or not. */
    @Transactional(readOnly = true)
    public MatchExplanation explain(long demandId, long offerId) {
        return MatchScoring.score(
                facts(demands.require(demandId)), facts(offers.require(offerId)), algorithms.current());
    }

    static MatchFacts.Demand facts(Demand demand) {
        DemandProfile p = demand.profile();
        int supports = (p.visa() ? 1 : 0) | (p.stipend() ? 2 : 0) | (p.housing() ? 4 : 0);
        return new MatchFacts.Demand(
                demand.id(),
                new TreeSet<>(demand.iscoGroups()),
                p.skills(),
                p.iscedField(),
                p.minIscedLevel(),
                highest(p.workingLanguages(), p.trainingLanguages()),
                p.headcount(),
                p.from(),
                p.to(),
                new TreeSet<>(p.countries()),
                supports);
    }

    static MatchFacts.Offer facts(Offer offer) {
        OfferProfile p = offer.profile();
        return new MatchFacts.Offer(
                offer.id(),
                new TreeSet<>(offer.iscoGroups()),
                new TreeSet<>(offer.taughtSkills()),
                p.iscedField(),
                p.iscedLevel(),
                highest(p.languages(), List.of()),
                p.capacity(),
                p.cohortStart(),
                p.cohortEnd(),
                new TreeSet<>(p.countries()));
    }

    /** Each language once, at the highest level asked, in the order of the tags. */
    private static List<LanguageLevel> highest(List<LanguageLevel> some, List<LanguageLevel> more) {
        Map<String, LanguageLevel> byLanguage = new LinkedHashMap<>();
        java.util.stream.Stream.concat(some.stream(), more.stream())
                .sorted(Comparator.comparing(LanguageLevel::language))
                .forEach(l -> byLanguage.merge(
                        l.language(),
                        l,
                        (a, b) -> a.level() == null
                                        || (b.level() != null && b.level().atLeast(a.level()))
                                ? b
                                : a));
        return List.copyOf(byLanguage.values());
    }
}
