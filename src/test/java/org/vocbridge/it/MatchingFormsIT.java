package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise's editor posts a demand and a college's editor an offer through the page forms: the
 * skills ESCO relates to the occupation typed are offered to choose, a language list that cannot be
 * read is refused beside its field with nothing saved, and what is saved is what was chosen.
 */
class MatchingFormsIT extends InBrowser {

    @Autowired
    EscoOccupations occupations;

    @Test
    void anEnterprisePostsADemandWithSkillsSuggestedFromItsOccupationOnAPhoneInRussian() throws Exception {
        EscoSkillsIT.imported(this, occupations);
        TestUser editor = newUser("matching-form-demand");
        long enterprise = newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Form Motors", "ru", "Форм Моторс"));
        signIn(editor.username(), editor.password());
        page.setViewportSize(390, 844);
        page.navigate("/matching?lang=ru");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Разместить запрос"))
                .click();
        page.selectOption("#organizationId", String.valueOf(enterprise));
        page.selectOption("#kind", "GRADUATES");
        page.fill("#title-2-text", "Сварщики для Районга");
        assertThat(page.locator("#skill-choices")).containsText("Укажите выше профессии ESCO");
        page.fill("#escoOccupations", EscoSkillsIT.WELDER);
        page.locator("#escoOccupations").blur();
        Locator essential = page.locator("#skills-essential li");
        assertThat(essential.first()).isVisible();
        List<String> welderEssential = welderSkills(true);
        assertThat(essential).hasCount(welderEssential.size());
        assertThat(page.locator("#skill-choices details summary")).containsText("Желательные");
        // the first two suggested: one essential, one optional
        String first = essential.nth(0).locator("select").inputValue();
        essential
                .nth(0)
                .locator("select")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        essential
                .nth(1)
                .locator("select")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
        String essentialUri = essential.nth(0).locator("select").inputValue().substring("essential ".length());
        String optionalUri = essential.nth(1).locator("select").inputValue().substring("optional ".length());
        assertThat(first)
                .as("a suggestion is not chosen until the editor chooses it")
                .isEmpty();
        page.fill("#headcount", "12");
        page.locator("#countries-search").fill("таил");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Таиланд"))
                .check();
        page.fill("#workingLanguages", "th B1, zh X9");
        assertFits("the demand form in Russian");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-demand-form-ru-390.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();

        assertThat(page.locator("#workingLanguages-error")).containsText("«zh X9»");
        assertThat(page.locator("#workingLanguages")).hasValue("th B1, zh X9");
        assertThat(demandsOf(enterprise)).as("nothing saved").isEmpty();
        // the skills chosen are still chosen when the form comes back
        assertThat(page.locator("#skills-chosen li")).hasCount(2);

        page.fill("#workingLanguages", "th B1, zh A2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        assertThat(page.locator("h1")).hasText("Сварщики для Районга");
        List<JsonNode> saved = demandsOf(enterprise);
        assertThat(saved).hasSize(1);
        JsonNode profile = saved.get(0).get("profile");
        assertThat(profile.get("skills").toString())
                .isEqualTo("[{\"uri\":\"" + essentialUri + "\",\"essential\":true},{\"uri\":\"" + optionalUri
                        + "\",\"essential\":false}]");
        assertThat(profile.get("workingLanguages").toString())
                .isEqualTo("[{\"language\":\"th\",\"level\":\"B1\"},{\"language\":\"zh\",\"level\":\"A2\"}]");
        assertThat(profile.get("headcount").asInt()).isEqualTo(12);
        assertThat(profile.get("countries").toString()).isEqualTo("[\"TH\"]");
        assertThat(saved.get(0).get("escoVersion").asText()).isNotEmpty();

        // changed again: the skills come back chosen, a closed demand leaves the open ones
        page.locator("#edit-demand-link").click();
        assertThat(page.locator("#skills-chosen li")).hasCount(2);
        assertThat(page.locator("#skills-chosen li select").first()).hasValue("essential " + essentialUri);
        page.selectOption("#status", "CLOSED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        JsonNode closed = demandsOf(enterprise).get(0);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("profile").get("skills")).hasSize(2);
    }

    @Test
    void aCollegePostsAnOfferTickingSkillsAndAddingOneByAddress() throws Exception {
        EscoSkillsIT.imported(this, occupations);
        TestUser editor = newUser("matching-form-offer");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Form College"));
        String localUri = api().token(adminToken())
                .post(
                        "/api/v1/skills",
                        Map.of(
                                "type",
                                "SKILL",
                                "name",
                                Map.of("en", "Welding under Thai site rules", "zh", "泰国现场焊接规范")))
                .json()
                .get("uri")
                .asText();
        signIn(editor.username(), editor.password());
        page.setViewportSize(1280, 900);
        page.navigate("/matching/offers/new?organization=" + college + "&lang=en");
        assertThat(page.locator("#organizationId")).hasValue(String.valueOf(college));
        page.fill("#programme-1-text", "Welding for Thai sites");
        page.selectOption("#iscedField", "0715");
        page.selectOption("#iscedLevel", "4");
        page.fill("#escoOccupations", EscoSkillsIT.WELDER);
        page.locator("#escoOccupations").blur();
        Locator essential = page.locator("#skills-essential li");
        assertThat(essential.first()).isVisible();
        essential.nth(0).locator("input").check();
        essential.nth(1).locator("input").check();
        List<String> ticked = List.of(
                essential.nth(0).locator("input").inputValue(),
                essential.nth(1).locator("input").inputValue());
        page.fill("#addSkills", localUri);
        page.locator("#addSkills").blur();
        // the address joins the chosen skills, ticked, with its label
        assertThat(page.locator("#skills-chosen li")).hasCount(3);
        assertThat(page.locator("#skills-chosen")).containsText("Welding under Thai site rules");
        assertThat(page.locator("#addSkills")).hasValue("");
        page.fill("#capacity", "30");
        page.fill("#languages", "zh B2 en B1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#languages-error")).isVisible();
        page.fill("#languages", "zh B2, th A2");
        page.check("input[name=models][value=ORDER_CLASS]");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/matching-offer-form-en-1280.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        JsonNode offer = offersOf(college).get(0);
        List<String> skills = new ArrayList<>();
        offer.get("profile").get("skills").forEach(s -> skills.add(s.asText()));
        assertThat(skills).containsExactly(ticked.get(0), ticked.get(1), localUri);
        assertThat(offer.get("profile").get("models").toString()).isEqualTo("[\"ORDER_CLASS\"]");
        assertThat(offer.get("profile").get("iscedLevel").asInt()).isEqualTo(4);

        // someone else may neither open the form nor post it
        TestUser other = newUser("matching-form-other");
        WebSession web = new WebSession(baseUrl());
        web.signIn(other.username(), other.password());
        long id = offer.get("id").asLong();
        assertThat(web.get("/matching/offers/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(web.postPairs("/matching/offers/" + id, "programme[0].lang", "en", "programme[0].text", "Taken")
                        .statusCode())
                .isEqualTo(403);
        assertThat(offersOf(college).get(0).get("programme").get("en").asText()).isEqualTo("Welding for Thai sites");
    }

    private List<String> welderSkills(boolean essential) {
        List<String> uris = new ArrayList<>();
        api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(EscoSkillsIT.WELDER))
                .json()
                .forEach(s -> {
                    if (s.get("essential").asBoolean() == essential) {
                        uris.add(s.get("skill").get("uri").asText());
                    }
                });
        return uris;
    }

    private List<JsonNode> demandsOf(long organization) {
        return of("/api/v1/matching/demands?organization=" + organization);
    }

    private List<JsonNode> offersOf(long organization) {
        return of("/api/v1/matching/offers?organization=" + organization);
    }

    private List<JsonNode> of(String address) {
        List<JsonNode> found = new ArrayList<>();
        api().get(address).json().forEach(found::add);
        return found;
    }
}
