package org.vocbridge.matching.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.SkillNeed;
import org.vocbridge.matching.domain.Contacts;
import org.vocbridge.matching.domain.Demands;
import org.vocbridge.matching.domain.Offers;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The pages of matching: open demands and offers, and each with its best matches explained. */
@Controller
@RequiredArgsConstructor
class MatchingPages {

    /** The matches shown on a demand's or an offer's page. */
    static final int SHOWN = 20;

    private final Demands demands;
    private final Contacts contacts;
    private final Offers offers;
    private final MatchRankings rankings;
    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;
    private final LibraryApi library;
    private final Texts texts;

    @GetMapping("/matching")
    String overview(Model model) {
        List<DemandSummary> openDemands = demands.open();
        List<OfferSummary> openOffers = offers.open();
        model.addAttribute("demands", openDemands);
        model.addAttribute("offers", openOffers);
        model.addAttribute(
                "organizations",
                directory.organizationLabels(Stream.concat(
                                openDemands.stream().map(DemandSummary::organizationId),
                                openOffers.stream().map(OfferSummary::organizationId))
                        .toList()));
        return "matching/overview";
    }

    @GetMapping("/matching/demands/{id}")
    String demand(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        DemandSummary demand = demands.get(id);
        model.addAttribute("canEdit", demands.mayPost(user, demand.organizationId()));
        model.addAttribute("contacts", contacts.of(user, MatchSide.DEMAND, id));
        List<MatchRankings.RankedOffer> ranked = rankings.offersFor(id, SHOWN, locale);
        model.addAttribute("demand", demand);
        model.addAttribute("ranked", ranked);
        model.addAttribute(
                "organizations",
                directory.organizationLabels(Stream.concat(
                                Stream.of(demand.organizationId()),
                                ranked.stream().map(r -> r.offer().organizationId()))
                        .toList()));
        model.addAttribute(
                "skills",
                skillLabels(
                        demand.profile().skills().stream().map(SkillNeed::uri).toList()));
        return "matching/demand";
    }

    @GetMapping("/matching/offers/{id}")
    String offer(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        OfferSummary offer = offers.get(id);
        model.addAttribute("canEdit", demands.mayPost(user, offer.organizationId()));
        model.addAttribute("contacts", contacts.of(user, MatchSide.OFFER, id));
        List<MatchRankings.RankedDemand> ranked = rankings.demandsFor(id, SHOWN, locale);
        model.addAttribute("offer", offer);
        model.addAttribute("ranked", ranked);
        model.addAttribute(
                "organizations",
                directory.organizationLabels(Stream.concat(
                                Stream.of(offer.organizationId()),
                                ranked.stream().map(r -> r.demand().organizationId()))
                        .toList()));
        model.addAttribute("skills", skillLabels(offer.taughtSkills()));
        model.addAttribute(
                "resources",
                library.resources(offer.profile().resources(), user).values());
        return "matching/offer";
    }

    /** The labels of skills in the reader's language, by URI. */
    private Map<String, String> skillLabels(List<String> uris) {
        Set<String> distinct = new HashSet<>(uris);
        Map<String, String> labels = new HashMap<>();
        taxonomy.skills(distinct)
                .forEach(s -> labels.put(s.uri(), texts.of(s.label()).text()));
        return labels;
    }
}
