package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Alerts of new matches: an enterprise's editors choose a lowest score; a college's offer that
 * matches their open demand at or above it is alerted once, one below it is not, the alert is among
 * their reminders until marked seen; others can neither read nor choose.
 */
class MatchAlertsIT extends InBrowser {

    @Autowired
    JdbcClient jdbc;

    /** Waits until every posting saved so far has been scored for the alerts. */
    private void alertsDelivered() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where listener_id like '%MatchAlerts%'")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private long demand(TestUser editor, long enterprise, String isco) {
        Map<String, Object> demand = MatchingIT.demand(enterprise);
        demand.put("title", Map.of("en", "Alerted technicians " + isco));
        demand.put("profile", Map.of("occupations", List.of(isco), "headcount", 10, "countries", List.of("TH")));
        return Long.parseLong(created(editor.token(), "/api/v1/matching/demands", demand));
    }

    private long offer(TestUser editor, long college, String isco) {
        return Long.parseLong(created(
                editor.token(), "/api/v1/matching/offers", MatchingIT.offer(college, isco, List.of(), List.of())));
    }

    private int score(long demand, long offer) {
        return api().get("/api/v1/matching/demands/" + demand + "/offers/" + offer)
                .json()
                .get("match")
                .get("score")
                .asInt();
    }

    private static List<Long> offersAlerted(JsonNode alerts) {
        List<Long> ids = new ArrayList<>();
        alerts.get("alerts").forEach(a -> ids.add(a.get("offer").get("id").asLong()));
        return ids;
    }

    @Test
    void aMatchAtOrAboveTheScoreChosenIsAlertedOnceAndOnlyToTheOrganizationsEditors() throws Exception {
        TestUser enterpriseEditor = newUser("alert-enterprise");
        TestUser collegeEditor = newUser("alert-college");
        TestUser outsider = newUser("alert-outsider");
        long enterprise = newOrganization(enterpriseEditor, "ENTERPRISE", "CN", Map.of("en", "Alert Motors"));
        long college = newOrganization(collegeEditor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Alert College"));
        long demand = demand(enterpriseEditor, enterprise, "8152");
        String address = "/api/v1/matching/alerts/" + enterprise;

        assertThat(api().token(outsider.token())
                        .put(address, Map.of("minScore", 60))
                        .status())
                .isEqualTo(403);
        assertThat(api().token(outsider.token()).get(address).status()).isEqualTo(403);
        Api.Response refused =
                api().token(enterpriseEditor.token()).language("ru").put(address, Map.of("minScore", 150));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.matching.alert.score");
        assertThat(refused.body()).contains("от 1 до 100");
        WebSession web = new WebSession(baseUrl());
        web.signIn(enterpriseEditor.username(), enterpriseEditor.password());
        var unread = web.postPairs(
                "/matching/alerts/" + enterprise, "_csrf", web.csrf("/matching/alerts"), "minScore", "sixty");
        assertThat(unread.statusCode()).isEqualTo(200);
        assertThat(unread.body()).contains("minScore-error");
        assertThat(api().token(enterpriseEditor.token())
                        .get(address)
                        .json()
                        .get("minScore")
                        .isNull())
                .as("nothing chosen")
                .isTrue();
        JsonNode chosen = api().token(enterpriseEditor.token())
                .put(address, Map.of("minScore", 40))
                .json();
        assertThat(chosen.get("minScore").asInt()).isEqualTo(40);
        assertThat(chosen.get("organization").get("id").asLong()).isEqualTo(enterprise);

        long strong = offer(collegeEditor, college, "8152");
        long weak = offer(collegeEditor, college, "2144");
        assertThat(score(demand, strong)).isGreaterThanOrEqualTo(4000);
        assertThat(score(demand, weak)).isPositive().isLessThan(4000);
        alertsDelivered();

        JsonNode alerts = api().token(enterpriseEditor.token()).get(address).json();
        assertThat(offersAlerted(alerts)).containsExactly(strong);
        JsonNode alert = alerts.get("alerts").get(0);
        assertThat(alert.get("side").asText()).isEqualTo("DEMAND");
        assertThat(alert.get("demand").get("id").asLong()).isEqualTo(demand);
        assertThat(alert.get("score").asInt()).isEqualTo(score(demand, strong));
        assertThat(alert.get("seen").asBoolean()).isFalse();
        assertThat(api().token(collegeEditor.token())
                        .get("/api/v1/matching/alerts/" + college)
                        .json()
                        .get("alerts"))
                .as("the college chose no score")
                .isEmpty();

        // the offer changed: still one alert for the pair
        Map<String, Object> changed = MatchingIT.offer(college, "8152", List.of(), List.of());
        changed.put(
                "version",
                api().get("/api/v1/matching/offers/" + strong)
                        .json()
                        .get("version")
                        .asLong());
        assertThat(api().token(collegeEditor.token())
                        .put("/api/v1/matching/offers/" + strong, changed)
                        .status())
                .isEqualTo(200);
        alertsDelivered();
        assertThat(offersAlerted(
                        api().token(enterpriseEditor.token()).get(address).json()))
                .containsExactly(strong);

        assertThat(api().token(outsider.token())
                        .post(address + "/seen", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api().token(enterpriseEditor.token())
                        .post(address + "/seen", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(api().token(enterpriseEditor.token())
                        .get(address)
                        .json()
                        .get("alerts")
                        .get(0)
                        .get("seen")
                        .asBoolean())
                .isTrue();

        // no alerts wanted any more: a new strong offer is not alerted
        api().token(enterpriseEditor.token()).put(address, java.util.Collections.singletonMap("minScore", null));
        long later = offer(collegeEditor, college, "8152");
        alertsDelivered();
        assertThat(offersAlerted(
                        api().token(enterpriseEditor.token()).get(address).json()))
                .containsExactly(strong)
                .doesNotContain(later);
    }

    @Test
    void theEditorChoosesAScoreOnAPhoneSeesTheNewMatchAmongTheRemindersAndMarksItSeen() {
        TestUser enterpriseEditor = newUser("alert-page-enterprise");
        TestUser collegeEditor = newUser("alert-page-college");
        long enterprise =
                newOrganization(enterpriseEditor, "ENTERPRISE", "CN", Map.of("zh", "提醒汽车", "en", "Alert Page Motors"));
        long college = newOrganization(collegeEditor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Alert Page College"));
        long demand = demand(enterpriseEditor, enterprise, "7233");

        signIn(enterpriseEditor.username(), enterpriseEditor.password());
        page.setViewportSize(390, 844);
        page.navigate("/matching/alerts?lang=zh");
        page.fill("#minScore-" + enterprise, "500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#minScore-error")).containsText("1 至 100");
        assertThat(page.locator("#minScore-" + enterprise)).hasValue("500");
        assertThat(api().token(enterpriseEditor.token())
                        .get("/api/v1/matching/alerts/" + enterprise)
                        .json()
                        .get("minScore")
                        .isNull())
                .isTrue();
        page.fill("#minScore-" + enterprise, "40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#minScore-" + enterprise)).hasValue("40");
        assertThat(page.locator("#alerts-" + enterprise)).hasCount(0);

        long offer = offer(collegeEditor, college, "7233");
        alertsDelivered();
        page.navigate("/account?lang=zh");
        assertThat(page.locator("#reminders")).containsText("提醒汽车");
        assertThat(page.locator("#reminders")).containsText("新匹配");
        page.locator("#reminders a", new Page.LocatorOptions().setHasText("提醒汽车"))
                .click();
        page.waitForURL("**/matching/alerts#organization-" + enterprise);
        assertThat(page.locator("#alerts-" + enterprise + " li")).hasCount(1);
        assertThat(page.locator("#alerts-" + enterprise + " li").first()).containsText("新");
        assertThat(page.locator("#alerts-" + enterprise + " a[href$='/matching/offers/" + offer + "']"))
                .isVisible();
        assertThat(page.locator("#alerts-" + enterprise + " a[href$='/matching/demands/" + demand + "']"))
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Paths.get("target/screenshots/matching-alerts-zh-390.png")));
        assertFits("alerts, zh, 390 px");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全部标为已读"))
                .click();
        assertThat(page.locator("#alerts-" + enterprise + " li strong.status")).hasCount(0);
        page.navigate("/account?lang=zh");
        assertThat(page.locator("#reminders li", new Page.LocatorOptions().setHasText("提醒汽车")))
                .hasCount(0);
    }
}
