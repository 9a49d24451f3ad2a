package org.vocbridge.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vocbridge.taxonomy.domain.ReferenceCodes;

class TileMapTests {

    private static final List<String> ASEAN = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN");
    private static final List<String> SCO_FAMILY = List.of(
            "CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY", "AF", "MN", "AM", "AZ", "NP", "TR", "LK", "EG",
            "QA", "SA", "KW", "MV", "AE", "BH", "KH", "MM");

    private final Map<String, double[]> capitals = new ReferenceCodes().capitals();

    private TileMap map(Map<String, ? extends Number> values, List<String> alsoShown, Locale locale) {
        Function<String, String> names =
                code -> new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return TileMap.of(values, alsoShown, capitals, names, Set.of("TH", "VN"), locale);
    }

    private static Map<String, TileMap.Tile> byCountry(TileMap map) {
        return map.tiles().stream().collect(Collectors.toMap(TileMap.Tile::country, t -> t));
    }

    @Test
    void everyCountryOfAseanAndTheScoFamilyHasATileOfItsOwn() {
        for (List<String> group : List.of(ASEAN, SCO_FAMILY)) {
            TileMap map = map(Map.of(), group, Locale.ENGLISH);
            assertThat(map.tiles()).extracting(TileMap.Tile::country).containsExactlyInAnyOrderElementsOf(group);
            Set<String> cells = new HashSet<>();
            map.tiles().forEach(t -> assertThat(cells.add(t.column() + "," + t.row()))
                    .as(t.country() + " shares its cell")
                    .isTrue());
            // compact: no empty row or column, and the grid stays readable on a page
            assertThat(map.tiles()).extracting(TileMap.Tile::column).containsAll(range(map.columns()));
            assertThat(map.tiles()).extracting(TileMap.Tile::row).containsAll(range(map.rows()));
            assertThat(map.columns()).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void tilesKeepTheCountriesPlacesRelativeToEachOther() {
        Map<String, TileMap.Tile> asean = byCountry(map(Map.of(), ASEAN, Locale.ENGLISH));
        assertThat(asean.get("VN").row()).isLessThan(asean.get("ID").row());
        assertThat(asean.get("TH").row()).isLessThan(asean.get("SG").row());
        assertThat(asean.get("MM").column()).isLessThan(asean.get("PH").column());
        assertThat(asean.get("MY").column()).isLessThan(asean.get("BN").column());
        Map<String, TileMap.Tile> sco = byCountry(map(Map.of(), SCO_FAMILY, Locale.ENGLISH));
        assertThat(sco.get("RU").row()).isLessThan(sco.get("IN").row());
        assertThat(sco.get("KZ").row()).isLessThan(sco.get("AF").row());
        assertThat(sco.get("TR").column()).isLessThan(sco.get("CN").column());
        assertThat(sco.get("IR").column()).isLessThan(sco.get("PK").column());
        assertThat(sco.get("UZ").column()).isLessThan(sco.get("KG").column());
    }

    @Test
    void valuesFallInUpToFiveClassesAndCountriesWithoutOneShowSo() {
        Map<String, Integer> members = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            members.put(ASEAN.get(i), i + 1);
        }
        TileMap map = map(members, List.of("TL"), Locale.ENGLISH);
        Map<String, TileMap.Tile> tiles = byCountry(map);
        assertThat(map.legend())
                .extracting(TileMap.LegendClass::label)
                .containsExactly("1–2", "3–4", "5–6", "7–8", "9–10", "");
        assertThat(tiles.get("BN").shade()).isEqualTo(1);
        assertThat(tiles.get("TH").shade()).isEqualTo(5);
        assertThat(tiles.get("TL").shade()).isZero();
        assertThat(tiles.get("TL").value()).isEmpty();
        // three distinct values: three classes, each one value
        TileMap few = map(Map.of("CN", 3, "RU", 3, "KZ", 7, "KG", 12000), List.of(), Locale.ENGLISH);
        assertThat(few.legend()).extracting(TileMap.LegendClass::label).containsExactly("3", "7", "12K");
        assertThat(byCountry(few).get("KG").shade()).isEqualTo(3);
    }

    @Test
    void theLegendWritesValuesShortButNeverTwoBoundsAlike() {
        TileMap map = map(
                Map.of("KZ", 2_013_003, "UZ", 2_015_243, "KG", 1_764_823, "TJ", 3_000_000, "IN", 31_406_869),
                List.of(),
                Locale.ENGLISH);
        assertThat(map.legend())
                .extracting(TileMap.LegendClass::label)
                .containsExactly("1.76M", "2.01M", "2.02M", "3M", "31.41M");
        assertThat(byCountry(map).get("KZ").value()).isEqualTo("2M");
        assertThat(byCountry(map).get("KZ").exact()).isEqualTo("2,013,003");
    }

    @Test
    void tilesAreNamedAndValuesWrittenInTheReadersLanguage() {
        TileMap zh = map(Map.of("KZ", 1234567.5), List.of(), Locale.CHINESE);
        assertThat(zh.tiles().get(0).name()).isEqualTo("哈萨克斯坦");
        assertThat(zh.tiles().get(0).value()).isEqualTo("123.5万");
        assertThat(zh.tiles().get(0).exact()).isEqualTo("1,234,567.5");
        TileMap ru = map(Map.of("KZ", 1234567.5), List.of(), Locale.forLanguageTag("ru"));
        assertThat(ru.tiles().get(0).name()).isEqualTo("Казахстан");
        assertThat(ru.tiles().get(0).value()).isEqualTo("1,2\u00a0млн");
        assertThat(ru.tiles().get(0).exact()).isEqualTo("1\u00a0234\u00a0567,5");
    }

    @Test
    void aCountryWithNoKnownCapitalGoesOnALastRow() {
        TileMap map = map(Map.of("TH", 1, "VN", 2, "AQ", 3), List.of(), Locale.ENGLISH);
        Map<String, TileMap.Tile> tiles = byCountry(map);
        assertThat(capitals).doesNotContainKey("AQ");
        assertThat(tiles.get("AQ").row()).isEqualTo(map.rows());
        assertThat(tiles.get("AQ").row())
                .isGreaterThan(Math.max(tiles.get("TH").row(), tiles.get("VN").row()));
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).boxed().toList();
    }
}
