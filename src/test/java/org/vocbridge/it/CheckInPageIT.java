package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The check-in page on a phone: tickets verified offline in the browser, sent once the network is back. */
class CheckInPageIT extends InBrowser {

    @Test
    void aDoorOnAPhoneVerifiesTicketsOfflineRefusesARevokedOneAndSendsTheCheckInsLater() {
        AllianceSetting s = allianceSetting("Check-in Page Alliance");
        long id = event(s);
        String aigerim = ticket(id, register(id, "Айгерим Садыкова", "aigerim.door@example.org"));
        JsonNode bakyt = register(id, "Bakyt Asanov", "bakyt.door@example.org");
        String revoked = ticket(id, bakyt);
        api().send(
                        "DELETE",
                        "/api/v1/events/" + id + "/registrations/"
                                + bakyt.get("token").asText(),
                        null,
                        null);

        signIn(s.secretariat().username(), s.secretariat().password());
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "?lang=zh");
        page.locator("#check-in-link").click();
        assertThat(page.locator("h1")).containsText("签到");
        // the page's script (run before the load event) verifies from here on, network or not
        page.waitForLoadState();

        context.setOffline(true);
        page.getByLabel("门票码").fill(aigerim);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("签到").setExact(true))
                .click();
        assertThat(page.locator("#scan-result")).hasText("门票有效：Айгерим Садыкова（代表）。");
        assertThat(page.locator("#pending")).hasText("1 条签到记录等待网络上传。");

        page.getByLabel("门票码").fill(revoked);
        page.getByLabel("门票码").press("Enter");
        assertThat(page.locator("#scan-result")).hasText("此门票已取消。");
        page.getByLabel("门票码").fill(aigerim.substring(0, aigerim.length() - 3) + "AAA");
        page.getByLabel("门票码").press("Enter");
        assertThat(page.locator("#scan-result")).hasText("这不是真实的 VocBridge 门票：签名不符。");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow, zh 390")
                .isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/check-in-zh-390.png"))
                .setFullPage(true));
        assertThat(doorCount(s, id))
                .as("nothing reached the server while offline")
                .isZero();

        context.setOffline(false);
        assertThat(page.locator("#pending")).isHidden();
        assertThat(doorCount(s, id)).isEqualTo(1);

        page.navigate("/events/" + id + "/check-in?lang=ru");
        page.waitForLoadState();
        assertThat(page.locator("#counts-by-session tbody tr").first().locator("td"))
                .hasText(new String[] {"На входе", "1"});
        assertThat(page.locator("#counts-by-country")).containsText("Казахстан");
        page.getByLabel("Код билета").fill(aigerim);
        page.getByLabel("Код билета").press("Enter");
        assertThat(page.locator("#scan-result")).containsText("Айгерим Садыкова уже отмечен(а) здесь в");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/check-in-ru-390.png"))
                .setFullPage(true));
        assertThat(doorCount(s, id)).isEqualTo(1);
        assertThat(consoleErrors)
                .as("the only errors are the requests that met no network")
                .allMatch(e -> e.contains("ERR_INTERNET_DISCONNECTED"));
    }

    private long doorCount(AllianceSetting s, long id) {
        return api().token(s.secretariat().token())
                .get("/api/v1/events/" + id + "/check-ins")
                .json()
                .get("bySession")
                .path("0")
                .asLong(0);
    }

    private long event(AllianceSetting s) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "FORUM");
        draft.put("title", Map.of("en", "Door forum", "zh", "入口论坛", "ru", "Форум у входа"));
        draft.put("allianceId", s.alliance());
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2030-06-01T09:00:00");
        draft.put("endsAt", "2030-06-01T18:00:00");
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode register(long id, String name, String email) {
        Api.Response r = api().post(
                        "/api/v1/events/" + id + "/registrations",
                        Map.of("name", name, "email", email, "country", "KZ", "category", "DELEGATE"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private String ticket(long id, JsonNode registration) {
        return api().get("/api/v1/events/" + id + "/registrations/"
                        + registration.get("token").asText() + "/ticket")
                .json()
                .get("code")
                .asText();
    }
}
