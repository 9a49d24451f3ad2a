package org.vocbridge.matching.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.domain.Matches;

/** Ranked matches as pages and the API show them: the other side, the explanation, the missing skills by label, the sentence. */
@Component
@RequiredArgsConstructor
class MatchRankings {

    private final Matches matches;
    private final MatchSentences sentences;

    /** An offer ranked for a demand: the offer, how it scores and why, and the sentence that says so. */
    record RankedOffer(
            OfferSummary offer, MatchExplanation match, Map<String, String> missingSkills, String sentence) {}

    /** A demand ranked for an offer. */
    record RankedDemand(
            DemandSummary demand, MatchExplanation match, Map<String, String> missingSkills, String sentence) {}

    /** One pair's explanation with its sentence. */
    record Explained(MatchExplanation match, Map<String, String> missingSkills, String sentence) {}

    List<RankedOffer> offersFor(long demandId, int limit, Locale locale) {
        List<Matches.Ranked<OfferSummary>> ranked = matches.offersFor(demandId, limit);
        Map<String, String> labels = sentences.missingSkills(
                ranked.stream().map(Matches.Ranked::match).toList());
        return ranked.stream()
                .map(r -> new RankedOffer(
                        r.other(), r.match(), missing(r.match(), labels), sentences.of(r.match(), labels, locale)))
                .toList();
    }

    List<RankedDemand> demandsFor(long offerId, int limit, Locale locale) {
        List<Matches.Ranked<DemandSummary>> ranked = matches.demandsFor(offerId, limit);
        Map<String, String> labels = sentences.missingSkills(
                ranked.stream().map(Matches.Ranked::match).toList());
        return ranked.stream()
                .map(r -> new RankedDemand(
                        r.other(), r.match(), missing(r.match(), labels), sentences.of(r.match(), labels, locale)))
                .toList();
    }

    Explained explain(long demandId, long offerId, Locale locale) {
        MatchExplanation match = matches.explain(demandId, offerId);
        Map<String, String> labels = sentences.missingSkills(List.of(match));
        return new Explained(match, missing(match, labels), sentences.of(match, labels, locale));
    }

    private static Map<String, String> missing(MatchExplanation m, Map<String, String> labels) {
        Map<String, String> missing = new LinkedHashMap<>();
        m.components().forEach(c -> c.missing().forEach(uri -> missing.put(uri, labels.getOrDefault(uri, uri))));
        return missing;
    }
}
