package org.vocbridge.taxonomy.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vocbridge.taxonomy.Classification;

/**
 * The codes that ship with the platform: ISO 3166-1 countries (from the JDK), the countries'
 * capitals, ISCED-F 2013, ISCO-08 and ISIC Rev.4's sections (from the project's files, titled in English, Chinese and
 * Russian).
 */
@Component
public class ReferenceCodes {

    private static final Set<String> COUNTRY_CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final Classification iscedF = Classification.load("ISCED-F 2013", "/taxonomy/isced-f-2013.tsv", 2);
    private final Classification isco08 = Classification.load("ISCO-08", "/taxonomy/isco-08.tsv", 1);
    private final Classification isic4 = Classification.load("ISIC Rev.4", "/taxonomy/isic-4.tsv", 1);
    private final Map<String, double[]> capitals = readCapitals();

    public boolean isCountry(String code) {
        return code != null && COUNTRY_CODES.contains(code);
    }

    public Set<String> countryCodes() {
        return COUNTRY_CODES;
    }

    public Classification iscedF() {
        return iscedF;
    }

    public Classification isco08() {
        return isco08;
    }

    /** ISIC Rev.4's sections, the sectors of ventures. */
    public Classification isic4() {
        return isic4;
    }

    /** Every known capital's latitude and longitude, by country. */
    public Map<String, double[]> capitals() {
        return capitals;
    }

    private static Map<String, double[]> readCapitals() {
        Map<String, double[]> capitals = new HashMap<>();
        try (var in = ReferenceCodes.class.getResourceAsStream("/taxonomy/capitals.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> capitals.put(
                            cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(capitals);
    }
}
