package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every page of the platform on a phone, in each of the three interface languages: nothing is wider
 * than the screen, with the header menu and the filters unfolded (wide tables scroll inside their own
 * box).
 */
class PhoneLayoutIT extends InBrowser {

    /** What runs past the screen's right edge: the innermost elements that do, by tag and class. */
    static final String TOO_WIDE = """
            () => {
              if (!document.querySelector('main')) return null; // a fragment for a form, not a page
              document.querySelectorAll('.collapsed').forEach(folded => folded.classList.remove('collapsed'));
              const width = window.innerWidth;
              if (document.documentElement.scrollWidth <= width) return null;
              const wide = Array.from(document.body.querySelectorAll('*')).filter(element => {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.right <= width + 1) return false;
                for (let parent = element.parentElement; parent; parent = parent.parentElement) {
                  const overflow = getComputedStyle(parent).overflowX;
                  if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return false;
                }
                return true;
              });
              const innermost = wide.filter(element => !wide.some(other => other !== element && element.contains(other)));
              return document.documentElement.scrollWidth + ' px: ' + innermost.slice(0, 4)
                .map(element => element.tagName.toLowerCase()
                  + (element.className && element.className.baseVal === undefined ? '.' + element.className.trim().replace(/\\s+/g, '.') : '')
                  + ' "' + (element.textContent || '').trim().slice(0, 30) + '"')
                .join(', ');
            }
            """;

    @Test
    void everyPageFitsA360And390PixelPhoneInChineseEnglishAndRussian() {
        Map<String, String> ids = demoRecords();
        signIn("admin", ADMIN_PASSWORD);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String path : new LinkedHashSet<>(pages(ids))) {
            for (int width : new int[] {360, 390}) {
                page.setViewportSize(width, 800);
                for (String language : List.of("zh", "en", "ru")) {
                    Response shown;
                    try {
                        shown = page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    } catch (PlaywrightException notAPage) {
                        // a file or an image that is not there (a logo never uploaded)
                        continue;
                    }
                    if (shown == null
                            || shown.status() != 200
                            || !shown.headerValue("content-type").startsWith("text/html")) {
                        continue;
                    }
                    checked++;
                    Object tooWide = page.evaluate(TOO_WIDE);
                    if (tooWide != null) {
                        problems.add(path + " " + language + " " + width + ": " + tooWide);
                    }
                }
            }
        }
        assertThat(checked).as("pages shown").isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    @Test
    void theHeaderMenuAndTheFiltersFoldOnAPhoneAndStayOpenOnADesktop() {
        page.setViewportSize(390, 844);
        page.navigate("/organizations?lang=ru");
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Меню"));
        Locator organizations = page.locator(".nav.main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Организации"));
        Locator filters = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Фильтры"));
        Locator country = page.locator(".filters select[name=country]");
        assertThat(organizations).isHidden();
        assertThat(country).isHidden();
        assertThat(page.getByRole(AriaRole.SEARCH).getByRole(AriaRole.SEARCHBOX))
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/menu-folded-ru-390.png")));

        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(organizations).isVisible();
        filters.click();
        assertThat(country).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/menu-open-ru-390.png")));
        country.selectOption("KZ");
        // the filter in use is counted on the button, and still after the page is opened again
        page.waitForURL(url -> url.contains("country=KZ"));
        page.reload();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Фильтры (1)")))
                .isVisible();

        page.setViewportSize(1366, 900);
        assertThat(menu).isHidden();
        assertThat(organizations).isVisible();
        assertThat(country).isVisible();
    }

    /** The demo records with the most to show, by the collection their addresses name. */
    private Map<String, String> demoRecords() {
        long yangtze = alliance("长江工坊");
        Map<String, String> ids = new LinkedHashMap<>(observatoryRecords("KZ"));
        ids.put("country", "KZ");
        ids.put("alliances", String.valueOf(yangtze));
        JsonNode agreement = api().get("/api/v1/agreements?alliance=" + yangtze)
                .json()
                .get("items")
                .get(0);
        ids.put("agreements", agreement.get("id").asText());
        ids.put(
                "organizations",
                agreement.get("parties").get(0).get("organizationId").asText());
        ids.put("people", first("/api/v1/people", "id"));
        ids.put("resources", first("/api/v1/resources", "id"));
        ids.put("library", ids.get("resources"));
        ids.put("surveys", "sco_youth_2026");
        ids.put("country-groups", "ASEAN");
        ids.put(
                "users",
                String.valueOf(users.findByUsername("admin").orElseThrow().id()));
        ids.put("reports", "2024");
        ids.put("events", first("/api/v1/events?when=PAST", "id"));
        ids.putAll(awardRecords());
        return ids;
    }
}
