package org.vocbridge.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vocbridge.testing.ReferenceData;

/**
 * Checks the project's own ISCO-08 file against ESCO's official ISCOGroups CSV, read from the
 * shared reference data beside the checkout (never copied into the project).
 */
class IscoAgainstEscoTests {

    @Test
    void codesAndEnglishTitlesMatchEsco() throws IOException {
        Map<String, String> esco = new TreeMap<>();
        try (Reader reader =
                Files.newBufferedReader(ReferenceData.require("esco/ISCOGroups_en.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                esco.put(record.get("code"), record.get("preferredLabel").strip());
            }
        }
        Classification isco = Classification.load("ISCO-08", "/taxonomy/isco-08.tsv", 1);
        Map<String, String> ours = new TreeMap<>();
        isco.all().forEach(c -> ours.put(c.code(), c.title().get("en").orElseThrow()));

        assertThat(ours.keySet()).isEqualTo(esco.keySet());
        Map<String, String> differentTitles = new TreeMap<>();
        ours.forEach((code, title) -> {
            if (!typographic(title).equalsIgnoreCase(typographic(esco.get(code)))) {
                differentTitles.put(code, title + " | ESCO: " + esco.get(code));
            }
        });
        assertThat(differentTitles).isEmpty();
    }

    /** The same title whether written with a typewriter or a typographic apostrophe. */
    private static String typographic(String title) {
        return title == null ? null : title.replace('\u2019', '\'');
    }
}
