package org.vocbridge.matching.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.shared.DataLoads;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo demands and offers, from the source articles: Great Wall Motors and Yadea asking for
 * technicians, sales and service staff in Thailand, Malaysia and Indonesia, the Lao Railway
 * Technical College asking for railway trainers, and the Chongqing colleges' offers; each marked as
 * demo. Organizations are found in the directory by their English names.
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

    record DemoData(List<DemoDemand> demands, List<DemoOffer> offers) {}

    record DemoDemand(
            String organization,
            DemandKind kind,
            Map<String, String> title,
            Map<String, String> description,
            DemandProfile profile) {}

    record DemoOffer(
            String organization,
            Map<String, String> programme,
            Map<String, String> description,
            Map<String, String> trainingBases,
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
        for (DemoOffer o : data.offers()) {
            Long organization = organizations.get(o.organization());
            if (organization != null) {
                offers.demo(new OfferDraft(
                        organization, o.programme(), o.description(), o.trainingBases(), o.profile(), null, null));
            }
        }
    }
}
