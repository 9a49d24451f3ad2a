package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Charts as a reader sees them: every word and number inside the chart, numbers on axes in the
 * reader's language, a distinct colour for each of up to twelve series, legends that wrap within
 * the page and switch their series, and no chart of a single bar.
 */
class ChartsIT extends InBrowser {

    /**
     * The texts of the chart whose glyphs run outside its canvas (clipped): each line measured with its
     * own font, placed by its alignment, in the chart's coordinates.
     */
    private static final String CLIPPED = """
            el => { const chart = echarts.getInstanceByDom(el); const w = chart.getWidth(), h = chart.getHeight();
              const ctx = document.createElement('canvas').getContext('2d'); const out = [];
              chart.getZr().storage.getDisplayList(true).forEach(d => {
                if (d.type !== 'tspan' || !d.style || !d.style.text || d.ignore || d.invisible) return;
                ctx.font = d.style.font; const width = ctx.measureText(d.style.text).width;
                const align = d.style.textAlign || 'left';
                const left = d.style.x - (align === 'right' || align === 'end' ? width : align === 'center' ? width / 2 : 0);
                const m = d.getComputedTransform() || [1, 0, 0, 1, 0, 0];
                const xs = [left, left + width].map(x => m[0] * x + m[2] * d.style.y + m[4]);
                const y = m[1] * left + m[3] * d.style.y + m[5];
                if (Math.min(...xs) < -1 || Math.max(...xs) > w + 1 || y < -1 || y > h + 1) out.push(d.style.text);
              });
              return out; }
            """;

    private static final String TEXTS = """
            el => echarts.getInstanceByDom(el).getZr().storage.getDisplayList(true)
              .filter(d => d.type === 'tspan' && d.style && d.style.text && !d.ignore).map(d => d.style.text)
            """;

    private void everyChartKeepsItsTextsInside(String path, int width) {
        page.setViewportSize(width, 900);
        page.navigate(path);
        Locator charts = page.locator(".chart[data-chart]");
        assertThat(charts.first()).hasAttribute("data-ready", "1");
        for (int i = 0; i < charts.count(); i++) {
            Locator chart = charts.nth(i);
            chart.scrollIntoViewIfNeeded();
            assertThat((List<?>) chart.evaluate(CLIPPED))
                    .as(path + " chart " + i + " at " + width)
                    .isEmpty();
        }
        // legends wrap inside the page
        Locator legends = page.locator(".chart-legend");
        for (int i = 0; i < legends.count(); i++) {
            assertThat((Boolean) legends.nth(i).evaluate("l => l.scrollWidth <= l.clientWidth"))
                    .isTrue();
        }
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
                .isTrue();
    }

    @Test
    void chartsFitOnAPhoneAndADesktopInEveryLanguage() {
        String numbers = "/alliances/" + alliance("长江工坊") + "/numbers";
        for (String language : List.of("zh", "en", "ru")) {
            for (int width : new int[] {360, 1366}) {
                everyChartKeepsItsTextsInside("/observatory/indicators/TVET.ENROL?group=asean&lang=" + language, width);
                everyChartKeepsItsTextsInside(numbers + "?lang=" + language, width);
            }
        }
        page.locator("#chart-by-year")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/chart-by-year-ru.png")));
        // agreements by year run from the first year to this one: never a single bar
        assertThat(((List<?>)
                                page.evaluate(
                                        "echarts.getInstanceByDom(document.getElementById('chart-by-year')).getOption().xAxis[0].data"))
                        .size())
                .isGreaterThan(1);
    }

    @Test
    void axesSpeakTheReadersLanguageAndSeriesHaveDistinctColours() {
        page.setViewportSize(1366, 900);
        page.navigate("/observatory/indicators/TVET.ENROL?group=asean&lang=zh");
        Locator lines = page.locator("#chart-lines");
        assertThat(lines).hasAttribute("data-ready", "1");
        lines.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/chart-lines-zh.png")));
        List<?> texts = (List<?>) lines.evaluate(TEXTS);
        assertThat(texts.stream().map(Object::toString).filter(t -> t.endsWith("万")))
                .as("enrolment in 万 on the axis: %s", texts)
                .isNotEmpty();
        List<?> colours = (List<?>)
                lines.evaluate(
                        "el => { const c = echarts.getInstanceByDom(el); return c.getOption().series.map((s, i) => c.getVisual({ seriesIndex: i }, 'color')); }");
        assertThat(colours).hasSize(11);
        assertThat(new HashSet<>(colours))
                .as("a colour per country: %s", colours)
                .hasSize(11);

        // the legend under the chart switches a country's line off and on
        Locator thailand = page.locator("#chart-lines + .chart-legend")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("泰国"));
        thailand.click();
        assertThat(thailand).hasAttribute("aria-pressed", "false");
        assertThat((Boolean) lines.evaluate("el => echarts.getInstanceByDom(el).getOption().legend[0].selected['泰国']"))
                .isFalse();
        thailand.click();
        assertThat(thailand).hasAttribute("aria-pressed", "true");
        assertThat(consoleErrors).isEmpty();
    }
}
