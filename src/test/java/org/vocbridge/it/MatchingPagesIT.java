package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import tools.jackson.databind.JsonNode;

/** A demand's page on a phone in Russian and Chinese: its best offers, each score's parts adding up to it. */
class MatchingPagesIT extends InBrowser {

    @Autowired
    EscoOccupations occupations;

    @Test
    void aDemandsPageShowsItsBestOffersAndWhyOnAPhone() throws Exception {
        EscoSkillsIT.imported(this, occupations);
        JsonNode welder = api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(EscoSkillsIT.WELDER))
                .json();
        List<String> essential = new ArrayList<>();
        welder.forEach(s -> {
            if (s.get("essential").asBoolean() && essential.size() < 3) {
                essential.add(s.get("skill").get("uri").asText());
            }
        });
        TestUser editor = newUser("matching-pages");
        long enterprise =
                newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Pages Motors", "ru", "Пейджес Моторс"));
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Pages College"));
        Map<String, Object> demand = MatchingIT.demand(enterprise);
        demand.put("title", Map.of("en", "Welders for Rayong", "ru", "Сварщики для Районга", "zh", "罗勇焊工"));
        demand.put(
                "profile",
                Map.of(
                        "escoOccupations", List.of(EscoSkillsIT.WELDER),
                        "skills",
                                essential.stream()
                                        .map(uri -> Map.of("uri", uri, "essential", true))
                                        .toList(),
                        "headcount", 12,
                        "countries", List.of("TH")));
        String demandId = created(editor.token(), "/api/v1/matching/demands", demand);
        Map<String, Object> offer = MatchingIT.offer(college, "7212", essential.subList(0, 1), List.of());
        offer.put("programme", Map.of("en", "Welding, order class", "ru", "Сварка, целевая группа", "zh", "焊接订单班"));
        created(editor.token(), "/api/v1/matching/offers", offer);

        page.setViewportSize(390, 800);
        for (String language : List.of("ru", "zh")) {
            page.navigate(baseUrl() + "/matching/demands/" + demandId + "?lang=" + language);
            // other tests' offers may rank too: this one is found by its programme in the reader's language
            Locator match = page.locator("#matches > li")
                    .filter(new Locator.FilterOptions()
                            .setHasText(language.equals("ru") ? "Сварка, целевая группа" : "焊接订单班"));
            assertThat(match).hasCount(1);
            assertThat(match.locator(".match-sentence")).containsText(language.equals("ru") ? "не учит" : "未教授");
            match.locator("summary").click();
            BigDecimal sum = BigDecimal.ZERO;
            for (String points :
                    match.locator(".match-parts tbody tr td:nth-child(4)").allTextContents()) {
                sum = sum.add(new BigDecimal(points.replace(',', '.')));
            }
            String score = match.locator(".match-score").textContent().replace(',', '.');
            assertThat(sum).as("the points add up to the score").isEqualByComparingTo(new BigDecimal(score));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone in " + language)
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/screenshots/matching-demand-" + language + "-390.png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 900);
        page.navigate(baseUrl() + "/matching/demands/" + demandId + "?lang=en");
        assertThat(page.locator("#demand-facts")).containsText("Pages Motors");
        assertThat(page.locator("#matches")).containsText("Pages College");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-demand-en-1280.png"))
                .setFullPage(true));
        page.locator("#matches > li a").first().click();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-offer-en-1280.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.navigate(baseUrl() + "/matching?lang=zh");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-zh-390.png"))
                .setFullPage(true));
        assertThat(page.locator("#demands")).containsText("罗勇焊工");
        assertThat(page.locator("#demands")).containsText("Pages Motors");
        assertThat(page.locator("#offers")).containsText("焊接订单班");
    }
}
