package org.vocbridge.ventures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vocbridge.ventures.domain.VentureIdentity.LanguageAndName;

/**
 * The duplicate test set (src/test/resources/ventures): ventures already recorded, and names
 * registered after them, each either one of those ventures (renamed, in another script or
 * language, with a legal form, look-alike letters, another domain) or an unrelated venture with a
 * similar name, which must not be flagged. Precision and recall over every pair flagged must both
 * be at least 0.9.
 */
class DuplicateTestSetTests {

    @Test
    void findsTheSameVenturesAndLeavesTheOthersAlone() throws IOException {
        Map<String, VentureIdentity> recorded = new LinkedHashMap<>();
        for (CSVRecord row : read("duplicate-records.csv")) {
            String country = row.get("registration").isEmpty()
                    ? null
                    : row.get("registration").split(":")[0];
            String number = row.get("registration").isEmpty()
                    ? null
                    : row.get("registration").split(":")[1];
            Stream<LanguageAndName> names = Arrays.stream(row.get("names").split("\\|"))
                    .map(n -> n.split(":", 2))
                    .map(n -> new LanguageAndName(n[0].equals("alias") ? null : n[0], n[1]));
            recorded.put(
                    row.get("key"),
                    new VentureIdentity(
                            VentureIdentity.keysOf(names),
                            VentureIdentity.hostOf(row.get("website")),
                            VentureIdentity.registrationOf(country, number),
                            null));
        }

        int found = 0;
        int wrong = 0;
        int missed = 0;
        List<String> mistakes = new ArrayList<>();
        for (CSVRecord probe : read("duplicate-probes.csv")) {
            String registration = probe.get("registration");
            VentureIdentity registering = new VentureIdentity(
                    VentureIdentity.keysOf(Stream.of(new LanguageAndName(probe.get("language"), probe.get("name")))),
                    VentureIdentity.hostOf(probe.get("website")),
                    registration.isEmpty()
                            ? null
                            : VentureIdentity.registrationOf(
                                    registration.split(":")[0], registration.split(":")[1]),
                    null);
            String expected = probe.get("expected");
            boolean expectedFound = false;
            for (var entry : recorded.entrySet()) {
                var resemblance = registering.resemblance(entry.getValue());
                if (resemblance.isEmpty()) {
                    continue;
                }
                if (entry.getKey().equals(expected)) {
                    found++;
                    expectedFound = true;
                } else {
                    wrong++;
                    mistakes.add("flagged " + probe.get("name") + " as " + entry.getKey() + ": " + resemblance.get());
                }
            }
            if (!expected.isEmpty() && !expectedFound) {
                missed++;
                mistakes.add("missed " + probe.get("name") + " (" + expected + ", " + probe.get("case") + ")");
            }
        }
        double precision = (double) found / (found + wrong);
        double recall = (double) found / (found + missed);
        System.out.printf(
                "Duplicate test set: precision %.3f, recall %.3f (%d found, %d wrongly, %d missed)%n%s%n",
                precision, recall, found, wrong, missed, String.join("\n", mistakes));

        assertThat(recall).as("recall; %s", mistakes).isGreaterThanOrEqualTo(0.9);
        assertThat(precision).as("precision; %s", mistakes).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aMarkSpelledTheSameInBothNamesDoesNotPullATransliterationApart() {
        Random random = new Random(20261207);
        for (int i = 0; i < 300; i++) {
            String mark = Integer.toHexString(0x100000 + random.nextInt(0xf00000));
            NameKeys latin = NameKeys.of("Charyn Canyon Tours " + mark, "en");
            NameKeys cyrillic = NameKeys.of("Чарын Каньон Турс " + mark, "ru");
            assertThat(latin.likeness(cyrillic))
                    .as("%s and %s", latin.phonetic(), cyrillic.phonetic())
                    .isGreaterThanOrEqualTo(VentureIdentity.SIMILAR_SPELLING);
        }
    }

    @Test
    void comparesWordByWordOnlyBothWays() {
        NameKeys longer = NameKeys.of("Altyn Tau Global Logistics", "en");
        assertThat(NameKeys.of("Altyn Tau", "en").likeness(longer)).isLessThan(VentureIdentity.SIMILAR_SPELLING);
        assertThat(longer.likeness(NameKeys.of("Altyn Tau", "en"))).isLessThan(VentureIdentity.SIMILAR_SPELLING);
        assertThat(NameKeys.of("Altyn Tau Global Logistiks", "en").likeness(longer))
                .isGreaterThanOrEqualTo(VentureIdentity.SIMILAR_SPELLING);
        assertThat(NameKeys.of("Lemon Squeezy", "en").phonetic()).isEqualTo("lemon skuezi");
        assertThat(NameKeys.of("Lemon Squeezy", "en").block()).isEqualTo("le");
    }

    @Test
    void writesEachScriptInLatinLettersByItsOwnRules() {
        assertThat(NameKeys.of("长城汽车", "zh").latin()).isEqualTo("changchengqiche");
        assertThat(NameKeys.of("Ядэа", "ru").latin()).isEqualTo("yadea");
        assertThat(NameKeys.of("ТОО «Алтын Тау»", "kk").latin()).isEqualTo("altyntau");
        assertThat(NameKeys.of("Yаdеа", "en").lookAlike())
                .isEqualTo(NameKeys.of("Yadea", "en").lookAlike());
        assertThat(NameKeys.of("ແມ່ຂອງ", "lo").latin()).isNotEmpty();
        assertThat(NameKeys.of("LLC", "en").isEmpty()).isFalse();
        NameKeys longest = NameKeys.of("庄".repeat(200), "zh");
        assertThat(longest.latin()).hasSize(NameKeys.MAX_KEY).startsWith("zhuangzhuang");
        assertThat(longest.phonetic()).hasSizeLessThanOrEqualTo(NameKeys.MAX_KEY);
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(
                DuplicateTestSetTests.class.getResourceAsStream("/ventures/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
