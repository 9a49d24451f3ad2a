package org.vocbridge.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.domain.Algorithms;
import org.vocbridge.matching.domain.DemandDraft;
import org.vocbridge.matching.domain.Demands;
import org.vocbridge.matching.domain.OfferDraft;
import org.vocbridge.matching.domain.Offers;
import org.vocbridge.matching.domain.Weights;
import org.vocbridge.shared.security.CurrentUser;

/** Demands, offers and their ranked, explained matches. */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(
        name = "Matching",
        description = "Enterprises' demands and colleges' offers, ranked against each other both ways; every "
                + "score explained by its gates and components, whose contributions add up to it exactly.")
@RequiredArgsConstructor
class MatchingApiController {

    private final Demands demands;
    private final Offers offers;
    private final MatchRankings rankings;
    private final Algorithms algorithms;

    @PostMapping("/demands")
    @Operation(
            summary = "Post a demand",
            description = "An organization's editors (or admins) post what it needs: kind, title and description "
                    + "in any languages, and the profile matching compares (occupations as ISCO-08 codes and ESCO "
                    + "URIs, skills marked essential or optional, headcount, period, city and countries, support "
                    + "for mobility, working and training languages with a CEFR level, the lowest ISCED level and "
                    + "the ISCED-F field). The ESCO version imported is recorded with it.")
    ResponseEntity<DemandSummary> createDemand(@RequestBody DemandDraft draft, CurrentUser user) {
        DemandSummary created = demands.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/matching/demands/" + created.id()))
                .body(created);
    }

    @PutMapping("/demands/{id}")
    @Operation(summary = "Change a demand", description = "By its organization's editors, on the version read.")
    DemandSummary updateDemand(@PathVariable long id, @RequestBody DemandDraft draft, CurrentUser user) {
        return demands.update(user, id, draft);
    }

    @GetMapping("/demands/{id}")
    @Operation(
            summary = "One demand",
            description = "The demand with its profile, status and the ESCO version it was posted with.")
    DemandSummary demand(@PathVariable long id) {
        return demands.get(id);
    }

    @GetMapping("/demands")
    @Operation(summary = "Open demands", description = "Every open demand, or an organization's (organization=id).")
    List<DemandSummary> demands(@RequestParam(required = false) Long organization) {
        return organization == null ? demands.open() : demands.ofOrganization(organization);
    }

    @PostMapping("/offers")
    @Operation(
            summary = "Post an offer",
            description = "A college's editors (or admins) post what it can provide: the programme, description "
                    + "and training bases in any languages, and the profile matching compares (ISCED-F field and "
                    + "ISCED level, occupations, skills taught, places per cohort, cohort dates, languages of "
                    + "instruction with the level reached, countries it can send students to or teach in, "
                    + "models). The ESCO version imported is recorded with it.")
    ResponseEntity<OfferSummary> createOffer(@RequestBody OfferDraft draft, CurrentUser user) {
        OfferSummary created = offers.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/matching/offers/" + created.id()))
                .body(created);
    }

    @PutMapping("/offers/{id}")
    @Operation(summary = "Change an offer", description = "By its college's editors, on the version read.")
    OfferSummary updateOffer(@PathVariable long id, @RequestBody OfferDraft draft, CurrentUser user) {
        return offers.update(user, id, draft);
    }

    @GetMapping("/offers/{id}")
    @Operation(
            summary = "One offer",
            description = "The offer with its profile, status and the ESCO version it was posted with.")
    OfferSummary offer(@PathVariable long id) {
        return offers.get(id);
    }

    @GetMapping("/offers")
    @Operation(summary = "Open offers", description = "Every open offer, or an organization's (organization=id).")
    List<OfferSummary> offers(@RequestParam(required = false) Long organization) {
        return organization == null ? offers.open() : offers.ofOrganization(organization);
    }

    @GetMapping("/demands/{id}/matches")
    @Operation(
            summary = "The best offers for a demand",
            description = "The open offers that pass the demand's gates, best first (ties by offer id), each with "
                    + "its explanation, the missing essential skills by label and one sentence in the reader's "
                    + "language. limit: at most 100.")
    List<MatchRankings.RankedOffer> offersFor(
            @PathVariable long id, @RequestParam(defaultValue = "20") int limit, Locale locale) {
        return rankings.offersFor(id, limit, locale);
    }

    @GetMapping("/offers/{id}/matches")
    @Operation(
            summary = "The best demands for an offer",
            description = "The open demands whose gates the offer passes, best first (ties by demand id), each "
                    + "with its explanation and sentence. limit: at most 100.")
    List<MatchRankings.RankedDemand> demandsFor(
            @PathVariable long id, @RequestParam(defaultValue = "20") int limit, Locale locale) {
        return rankings.demandsFor(id, limit, locale);
    }

    @GetMapping("/demands/{demand}/offers/{offer}")
    @Operation(
            summary = "Why an offer does or does not match a demand",
            description = "The explanation of one pair: every gate passed or failed with what is asked and given, "
                    + "every component's value, weight, contribution and evidence.")
    MatchRankings.Explained explain(@PathVariable long demand, @PathVariable long offer, Locale locale) {
        return rankings.explain(demand, offer, locale);
    }

    @GetMapping("/algorithm")
    @Operation(
            summary = "The matching algorithm",
            description = "The version in use and the weights of the components (basis points, adding up to "
                    + "10,000), as stored with every match: the latest weight set published, else the rules' own.")
    Weights algorithm() {
        return algorithms.current();
    }
}
