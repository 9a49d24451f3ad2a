package org.vocbridge.observatory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.ReleaseDetail;
import org.vocbridge.observatory.ReleaseSummary;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observatory demo data: the seven starter indicators (enrolment, share of vocational students in
 * upper secondary, institutions, graduates, employment of graduates after six months, teachers,
 * public spending) for the SCO family and ASEAN countries over ten years. The figures are made up
 * by a fixed formula and marked as demo figures everywhere they are shown; they are not statistics.
 * China's figures come in two releases, the second correcting a value of the first.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoObservatory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoObservatory.class);
    static final String LOAD_NAME = "observatory-demo-v1";
    static final List<String> GROUPS = List.of("sco-family", "asean");
    private static final CurrentUser STEWARD = new CurrentUser(0L, "demo-data", true);
    private static final CurrentUser REVIEWER = new CurrentUser(0L, "demo-review", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final Indicators indicators;
    private final Releases releases;
    private final DataEntry entry;
    private final TaxonomyApi taxonomy;

    /** How a demo indicator's made-up figures grow: COUNT scales with the country, RATE does not. */
    record Model(String kind, double base, double growth, Double femaleShare, Map<String, Double> levels) {}

    record DemoIndicator(
            String code,
            Map<String, String> name,
            Map<String, String> definition,
            Map<String, String> unit,
            int decimals,
            BigDecimal minValue,
            BigDecimal maxValue,
            Map<String, String> source,
            List<String> dimensions,
            Model model) {}

    /**
     * The demo indicators over the years, and each country's population (millions), which the
     * made-up counts scale with.
     */
    record DemoData(
            List<Integer> years,
            String populationNote,
            Map<String, Double> populations,
            List<DemoIndicator> indicators) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the observatory demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/observatory.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (DemoIndicator i : data.indicators()) {
            indicators.defineDemo(new IndicatorDraft(
                    i.code(),
                    i.name(),
                    i.definition(),
                    i.unit(),
                    i.decimals(),
                    i.minValue(),
                    i.maxValue(),
                    i.source(),
                    i.dimensions(),
                    GROUPS,
                    null,
                    null));
        }
        Set<String> countries = new TreeSet<>();
        GROUPS.forEach(g -> countries.addAll(taxonomy.countriesInGroup(g)));
        int first = data.years().get(0);
        int last = data.years().get(1);
        for (String country : countries) {
            // China's last year comes in a second release, with a correction of the year before
            int lastOfFirstRelease = country.equals("CN") ? last - 1 : last;
            publish(
                    country,
                    values(data, country, first, lastOfFirstRelease),
                    "Demo figures " + first + "–" + lastOfFirstRelease);
        }
        List<ValueInput> second = new ArrayList<>(values(data, "CN", last, last));
        ValueInput corrected = values(data, "CN", last - 1, last - 1).get(0);
        second.add(new ValueInput(
                corrected.indicator(),
                corrected.year(),
                corrected.breakdown(),
                corrected.value().multiply(new BigDecimal("1.012")).setScale(0, RoundingMode.HALF_UP),
                EnumSet.noneOf(Flag.class),
                false,
                "Final figure after the school census (demo)"));
        publish("CN", second, "Demo figures " + last + "; " + (last - 1) + " enrolment corrected after the census");
    }

    private void publish(String country, List<ValueInput> values, String note) {
        ReleaseDetail open = entry.enter(STEWARD, country, values, true);
        ReleaseSummary submitted = releases.submit(
                STEWARD, open.release().id(), note, open.release().version());
        releases.approve(REVIEWER, submitted.id(), submitted.version());
    }

    /** Made-up values of every demo indicator for the country and years: a fixed formula, the same at every load. */
    static List<ValueInput> values(DemoData data, String country, int from, int to) {
        Random random = new Random(country.hashCode());
        Double population = data.populations().get(country);
        if (population == null) {
            throw new IllegalStateException("The demo observatory has no population for " + country);
        }
        // how big the country's vocational system is, beside one of a country of 20 million
        double size = population / 20;
        double level = 0.8 + random.nextDouble() * 0.4;
        List<ValueInput> values = new ArrayList<>();
        for (DemoIndicator i : data.indicators()) {
            Model m = i.model();
            for (int year = from; year <= to; year++) {
                int t = year - data.years().get(0);
                double total = m.kind().equals("COUNT")
                        ? m.base() * size * Math.pow(1 + m.growth(), t) * level
                        : Math.min(
                                m.base() * level + m.growth() * t,
                                i.maxValue() == null ? 1e9 : i.maxValue().doubleValue() * 0.98);
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (year == data.years().get(1)) {
                    flags.add(Flag.PROVISIONAL);
                }
                if (country.equals("KZ") && year == 2019 && m.kind().equals("COUNT")) {
                    flags.add(Flag.BREAK); // a new definition of vocational enrolment, in this demo
                }
                if (random.nextDouble() < 0.05) {
                    flags.add(Flag.ESTIMATED);
                }
                boolean confidential = country.equals("LA") && i.code().equals("TVET.SPEND") && year == 2016;
                values.add(value(i, country, year, Breakdown.TOTAL, total, flags, confidential));
                if (i.dimensions().contains("sex")) {
                    double share = m.femaleShare() == null ? 0.5 : m.femaleShare();
                    double female = total * share;
                    double male = m.kind().equals("COUNT") ? total - round(female, i.decimals()) : total * (2 - share);
                    values.add(value(i, country, year, new Breakdown(Map.of("sex", "F")), female, flags, false));
                    values.add(value(i, country, year, new Breakdown(Map.of("sex", "M")), male, flags, false));
                }
                if (m.levels() != null) {
                    for (var part : m.levels().entrySet()) {
                        values.add(value(
                                i,
                                country,
                                year,
                                new Breakdown(Map.of("level", part.getKey())),
                                total * part.getValue(),
                                flags,
                                false));
                    }
                }
            }
        }
        return values;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static ValueInput value(
            DemoIndicator i,
            String country,
            int year,
            Breakdown breakdown,
            double value,
            Set<Flag> flags,
            boolean confidential) {
        BigDecimal scaled = BigDecimal.valueOf(value).setScale(i.decimals(), RoundingMode.HALF_UP);
        if (i.maxValue() != null && scaled.compareTo(i.maxValue()) > 0) {
            scaled = i.maxValue();
        }
        return new ValueInput(i.code(), year, breakdown, scaled, flags, confidential, null);
    }
}
