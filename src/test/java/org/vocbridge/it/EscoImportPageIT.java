package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The admin's ESCO page on a phone, in Russian: skills imported through its form, the problems listed. */
class EscoImportPageIT extends InBrowser {

    @Test
    void anAdminImportsSkillsOnAPhoneAndReadsTheProblemsInTheirLanguage() {
        signIn("admin", ADMIN_PASSWORD);
        page.setViewportSize(390, 800);
        page.navigate(baseUrl() + "/admin/esco?lang=ru");
        String skill = "http://data.europa.eu/esco/skill/00000000-aaaa-4bbb-8ccc-0123456789ab";
        String skills = "conceptType,conceptUri,skillType,preferredLabel\n" + "KnowledgeSkillCompetence," + skill
                + ",,\"навык\u200b для проверки страницы\"\n";
        String relations = "occupationUri,relationType,skillType,skillUri\n"
                + "http://data.europa.eu/esco/occupation/ffffffff-0000-4000-8000-000000000000,essential,,"
                + skill + "\n";
        page.locator("#esco-skill-files").setInputFiles(new FilePayload[] {
            new FilePayload("skills_ru.csv", "text/csv", skills.getBytes(StandardCharsets.UTF_8)),
            new FilePayload("occupationSkillRelations.csv", "text/csv", relations.getBytes(StandardCharsets.UTF_8))
        });
        page.locator("#esco-version").fill("1.1.1");
        page.locator("form[action$='/admin/esco/skills'] button[type=submit]").click();

        assertThat(page.locator("#esco-skills-result")).containsText("skills_ru.csv: импортировано 1");
        assertThat(page.locator("#esco-skills-result")).containsText("Удалены невидимые символы");
        assertThat(page.locator("#esco-skills-result")).containsText("У навыка " + skill + " нет типа");
        assertThat(page.locator("#esco-skills-result")).containsText("Профессия, которая не импортирована");
        assertThat(page.locator("#esco-release")).containsText("ESCO 1.1.1");

        // a local skill: refused without a name, then added with names in two languages
        page.locator("#name-0-lang").fill("ru");
        page.locator("form[action$='/admin/esco/local-skills'] button[type=submit]")
                .click();
        assertThat(page.locator("form[action$='/admin/esco/local-skills'] .error-summary"))
                .containsText("Обязательное поле");
        page.locator("#name-0-text").fill("Обслуживание контактной сети ВСМ");
        page.locator("#name-1-lang").fill("zh");
        page.locator("#name-1-text").fill("高铁接触网维护");
        page.locator("form[action$='/admin/esco/local-skills'] button[type=submit]")
                .click();
        assertThat(page.locator("#local-skill-added")).containsText("urn:vocbridge:skill:");
        assertThat(page.locator("#esco-release")).containsText("местных навыков");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/esco-skills-ru-390.png"))
                .setFullPage(true));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isTrue();
    }
}
