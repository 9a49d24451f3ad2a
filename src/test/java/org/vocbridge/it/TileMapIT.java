package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Maps as a reader sees them: one tile per country near its capital, named in the reader's
 * language, never on top of another, coloured by value with a legend, and within a phone's width.
 */
class TileMapIT extends InBrowser {

    @Test
    void mapsShowOneReadableTilePerCountryOnAPhoneAndOnADesktop() {
        String alliance = "/alliances/" + alliance("长江工坊");
        Map<String, String> pages = Map.of(
                "alliance",
                alliance + "?lang=zh",
                "numbers",
                alliance + "/numbers?lang=ru",
                "indicator",
                "/observatory/indicators/TVET.ENROL?group=asean&lang=en",
                "embed",
                "/embed/observatory/TVET.ENROL/map?group=sco-family&lang=ru");
        for (int width : new int[] {360, 1366}) {
            page.setViewportSize(width, 900);
            pages.forEach((name, path) -> {
                page.navigate(path);
                page.locator(".tile-map")
                        .screenshot(new Locator.ScreenshotOptions()
                                .setPath(Paths.get("target/screenshots/tilemap-" + name + "-" + width + ".png")));
                Locator tiles = page.locator(".tile-map .tile");
                int count = tiles.count();
                assertThat(count).as(path).isGreaterThan(1);
                List<Map<String, Object>> boxes = boxes(tiles);
                for (int i = 0; i < boxes.size(); i++) {
                    Map<String, Object> a = boxes.get(i);
                    // the name and value are inside the tile, no word of the name split across lines
                    assertThat((Boolean) a.get("fits"))
                            .as(path + " " + a.get("name"))
                            .isTrue();
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertThat(overlap(a, boxes.get(j)))
                                .as(path + ": " + a.get("name") + " over "
                                        + boxes.get(j).get("name"))
                                .isFalse();
                    }
                }
                // every shade in use is explained in the legend
                List<String> shades = page.locator(".tile-map .tile")
                        .evaluateAll(
                                "ts => [...new Set(ts.map(t => [...t.classList].find(c => c.startsWith('shade-'))))]")
                        .toString()
                        .replaceAll("[\\[\\] ]", "")
                        .lines()
                        .flatMap(l -> List.of(l.split(",")).stream())
                        .toList();
                shades.forEach(shade -> assertThat(
                                page.locator(".tile-legend .swatch." + shade).count())
                        .as(path + " legend of " + shade)
                        .isEqualTo(1));
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
                        .as(path + " at " + width)
                        .isTrue();
            });
        }
        page.navigate(pages.get("alliance"));
        assertThat(page.locator(".tile-map .tile[data-country=CN] .tile-name").textContent())
                .isEqualTo("中国");
        page.navigate(pages.get("embed"));
        assertThat(page.locator(".tile-map .tile[data-country=KZ] .tile-name").textContent())
                .isEqualTo("Казахстан");
        // the group's countries are all on the map, with or without a value
        assertThat(page.locator(".tile-map .tile").count())
                .isEqualTo(api().get("/api/v1/country-groups/sco-family")
                        .json()
                        .get("currentMembers")
                        .size());
        assertThat(consoleErrors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> boxes(Locator tiles) {
        return (List<Map<String, Object>>) tiles.evaluateAll("""
                ts => ts.map(t => { const r = t.getBoundingClientRect(); const n = t.querySelector('.tile-name');
                  const text = n.firstChild, range = document.createRange(); let whole = true, at = 0;
                  for (const word of text.data.split(/[\s-]+/)) {
                    at = text.data.indexOf(word, at); range.setStart(text, at); range.setEnd(text, at + word.length);
                    at += word.length;
                    if (new Set([...range.getClientRects()].map(q => Math.round(q.top))).size > 1) whole = false;
                  }
                  const inside = [...t.children].every(c => { const q = c.getBoundingClientRect();
                    return q.left >= r.left - 0.5 && q.right <= r.right + 0.5 && q.bottom <= r.bottom + 0.5; });
                  return { name: text.data, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                    fits: whole && inside }; })
                """);
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return num(a, "left") < num(b, "right") - 0.5
                && num(b, "left") < num(a, "right") - 0.5
                && num(a, "top") < num(b, "bottom") - 0.5
                && num(b, "top") < num(a, "bottom") - 0.5;
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
