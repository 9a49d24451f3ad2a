package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * With boundaries configured ({@link TestBoundaries}: ASEAN only), a map whose countries all have
 * one colours them within their borders in the tiles' colours; any other map stays tiles.
 */
class ChoroplethIT extends InBrowser {

    @Test
    void theConfiguredBoundariesAreServedWithTheirCountryCodesAlone() {
        JsonNode features = api().get("/maps/boundaries.json").json().get("features");
        assertThat(features.valueStream().map(f -> f.at("/properties/code").asString()))
                .containsExactlyInAnyOrderElementsOf(TestBoundaries.COUNTRIES);
        assertThat(features.get(0).get("properties").size()).isEqualTo(1);
    }

    @Test
    void countriesAreColouredWithinTheirBordersWhereEveryOneHasABorder() {
        page.setViewportSize(390, 844);
        page.navigate("/observatory/indicators/TVET.ENROL?group=asean&lang=zh");
        Locator map = page.locator(".tile-map[data-boundaries]");
        assertThat(map.locator(".choropleth canvas")).hasCount(1);
        // the tiles stay, as the map's words for screen readers
        assertThat(map.locator(".tile-map-scroll")).hasClass(java.util.regex.Pattern.compile("visually-hidden"));
        assertThat(map.locator(".tile[data-country=TH] .tile-name")).hasText("泰国");
        map.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/choropleth-zh-390.png")));
        // at each capital, the map shows the colour of the country's tile
        Map<String, double[]> capitals = TestBoundaries.capitals();
        for (String country : List.of("TH", "VN", "ID", "PH")) {
            double[] capital = capitals.get(country);
            Object found = page.evaluate("""
                    ([code, lon, lat]) => {
                      const box = document.querySelector('.tile-map[data-boundaries]');
                      const chart = echarts.getInstanceByDom(box.querySelector('.choropleth'));
                      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [lon, lat]);
                      const canvas = box.querySelector('.choropleth canvas');
                      const ratio = canvas.width / canvas.clientWidth;
                      const p = canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
                      const tile = getComputedStyle(box.querySelector('.tile[data-country=' + code + ']')).backgroundColor;
                      return [`rgb(${p[0]}, ${p[1]}, ${p[2]})`, tile];
                    }
                    """, List.of(country, capital[1], capital[0]));
            List<?> colours = (List<?>) found;
            assertThat(colours.get(0)).as(country).isEqualTo(colours.get(1));
        }
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
                .isTrue();

        // a country without a border (Germany, among the alliance's members) keeps the tiles
        page.navigate("/alliances/" + alliance("长江工坊") + "?lang=zh");
        assertThat(page.locator(".tile-map")).hasCount(1);
        assertThat(page.locator(".tile-map[data-boundaries]")).hasCount(0);
        assertThat(page.locator(".choropleth")).hasCount(0);
        assertThat(consoleErrors).isEmpty();
    }
}
