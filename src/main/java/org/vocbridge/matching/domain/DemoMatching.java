package org.vocbridge.matching.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.shared.DataLoads;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo demands and offers, from the source articles: Great Wall Motors and Yadea asking for
 * technicians, sales and service staff in Thailand, Malaysia and Indonesia, the Lao Railway
 * Technical College asking for railway trainers, and the offers of the Chongqing colleges (some
 * taught from their course standards in the library) and of two Kunming training centres; each
 * marked as demo. Organizations and resources are found by their English names and titles.
 */
@Component
@Order(37)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoMatching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);
    static final String LOAD_NAME = "matching-demo-v1";

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final Demands demands;
    private final Offers offers;
    private final LibraryApi library;

    record DemoData(List<DemoDemand> demands, List<DemoOffer> offers) {}

    record DemoDemand(
            String organization,
            DemandKind kind,
            Map<String, String> title,
            Map<String, String> description,
            DemandProfile profile) {}

    /** An offer, with the English titles of the library resources it is taught from. */
    record DemoOffer(
            String organization,
            Map<String, String> programme,
            Map<String, String> description,
            Map<String, String> trainingBases,
            List<String> teachesFrom,
            OfferProfile profile) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Demo demands and offers loaded");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/matching.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> organizations = directory.organizationIdsByName(Stream.concat(
                        data.demands().stream().map(DemoDemand::organization),
                        data.offers().stream().map(DemoOffer::organization))
                .toList());
        for (DemoDemand d : data.demands()) {
            Long organization = organizations.get(d.organization());
            if (organization != null) {
                demands.demo(
                        new DemandDraft(organization, d.kind(), d.title(), d.description(), d.profile(), null, null));
            }
        }
        Map<String, Long> resources = library.resourceIdsByTitle(data.offers().stream()
                .flatMap(o -> o.teachesFrom() == null ? Stream.empty() : o.teachesFrom().stream())
                .toList());
        for (DemoOffer o : data.offers()) {
            Long organization = organizations.get(o.organization());
            if (organization != null) {
                offers.demo(new OfferDraft(
                        organization,
                        o.programme(),
                        o.description(),
                        o.trainingBases(),
                        teachingFrom(o, resources),
                        null,
                        null));
            }
        }
    }

    /** The offer's profile with the library resources it is taught from, those found. */
    private static OfferProfile teachingFrom(DemoOffer o, Map<String, Long> resources) {
        OfferProfile p = o.profile();
        List<Long> from = o.teachesFrom() == null
                ? List.of()
                : o.teachesFrom().stream()
                        .map(resources::get)
                        .filter(Objects::nonNull)
                        .toList();
        return new OfferProfile(
                p.iscedField(),
                p.iscedLevel(),
                p.occupations(),
                p.escoOccupations(),
                p.skills(),
                p.capacity(),
                p.cohortStart(),
                p.cohortEnd(),
                p.languages(),
                p.countries(),
                p.models(),
                from);
    }
}
