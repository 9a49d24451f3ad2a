package org.vocbridge.observatory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vocbridge.observatory.Breakdown;
import tools.jackson.databind.json.JsonMapper;

/** The demo figures are made up, but at the scale of each country, so that no one laughs at them. */
class DemoObservatoryTests {

    private final DemoObservatory.DemoData data = read();

    private static DemoObservatory.DemoData read() {
        try (InputStream in = DemoObservatoryTests.class.getResourceAsStream("/demo/observatory.json")) {
            return JsonMapper.builder().build().readValue(in, DemoObservatory.DemoData.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double enrolment(String country) {
        return DemoObservatory.values(data, country, 2024, 2024).stream()
                .filter(v -> v.indicator().equals("TVET.ENROL") && v.breakdown().equals(Breakdown.TOTAL))
                .findFirst()
                .orElseThrow()
                .value()
                .doubleValue();
    }

    @Test
    void enrolmentIsAPlausibleShareOfEachCountrysPopulation() {
        for (String country : List.of("BN", "TL", "MV", "TH", "KZ", "RU", "CN", "IN")) {
            double share = enrolment(country) / (data.populations().get(country) * 1e6);
            // vocational students are a few in a hundred people, as in the countries' own statistics
            assertThat(share).as(country).isBetween(0.01, 0.06);
        }
        assertThat(enrolment("BN")).isLessThan(50_000);
        assertThat(enrolment("CN")).isGreaterThan(enrolment("TH") * 10);
    }
}
