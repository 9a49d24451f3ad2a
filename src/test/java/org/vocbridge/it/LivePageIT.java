package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live page in Chromium: the demo recording plays with hls.js and its interpretation channels switch. */
class LivePageIT extends InBrowser {

    @Test
    void aViewerPlaysTheKunmingRecordingAndSwitchesTheInterpretationWithThePictureGoingOn() {
        page.setViewportSize(1366, 900);
        page.navigate("/events?when=PAST&lang=en");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Development of SCO Vocational Education, Innovation and Entrepreneurship: roundtable"))
                .click();
        page.locator("#live-link").click();
        assertThat(page.locator("#live-state")).hasText("The broadcast has ended. Here is its recording.");
        Locator audio = page.locator("#audio-language");
        assertThat(audio).isEnabled();
        page.locator("#viewer-country").selectOption("KZ");
        assertThat(audio.locator("option")).hasText(new String[] {"中文", "Русский", "English"});
        Locator video = page.locator("#player");
        // the page in English starts with the English channel
        assertThat(video).hasAttribute("data-audio-language", "en");

        video.evaluate("v => { v.muted = true; return v.play(); }");
        double before = playingPosition(0.5);
        audio.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Русский"));
        assertThat(video).hasAttribute("data-audio-language", "ru");
        double after = playingPosition(before + 0.5);
        assertThat(after).as("the picture goes on after the switch").isGreaterThan(before);
        assertThat(consoleErrors).isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/live-en-1366.png"))
                .setFullPage(true));

        page.setViewportSize(390, 844);
        page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=zh");
        // the channel chosen before is chosen again, whatever the page's language
        assertThat(page.locator("#player")).hasAttribute("data-audio-language", "ru");
        assertThat(page.locator("#viewer-country")).hasValue("KZ");
        // the viewer was counted where they said they watch from
        assertThat(page.locator("#viewers tbody")).containsText("哈萨克斯坦");
        assertThat(page.locator(".chapters li").first()).containsText("开幕式");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow, zh 390")
                .isLessThanOrEqualTo(0);
        Object videoWidth = page.locator("#player").evaluate("v => v.getBoundingClientRect().right");
        assertThat(((Number) videoWidth).doubleValue()).isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/live-zh-390.png"))
                .setFullPage(true));
        page.navigate(page.url().replace("lang=zh", "lang=ru"));
        assertThat(page.locator("#player")).hasAttribute("data-audio-language", "ru");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/live-ru-390.png"))
                .setFullPage(true));
        assertThat(consoleErrors).isEqualTo(List.of());
    }

    /** Waits until the video plays past the position, and returns where it is then. */
    private double playingPosition(double past) {
        page.waitForFunction(
                "p => { const v = document.getElementById('player'); return !v.paused && v.currentTime > p; }", past);
        return ((Number) page.locator("#player").evaluate("v => v.currentTime")).doubleValue();
    }
}
