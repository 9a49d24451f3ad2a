package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** A young founder registers a venture on a phone, is shown the ones it may be, and the list finds it. */
class VenturePagesIT extends InBrowser {

    @Test
    void aFounderRegistersAVentureOnAPhoneInChineseAndIsWarnedOfADuplicate() throws Exception {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser first = newUser("founder");
        Api.Response recorded = api().token(first.token())
                .post(
                        "/api/v1/ventures",
                        VenturesIT.venture("Jade Dragon Tea " + mark, "Джейд Дрэгон Ти " + mark, null, null));
        org.assertj.core.api.Assertions.assertThat(recorded.status())
                .as(recorded.body())
                .isEqualTo(201);
        long existing = recorded.json().get("id").asLong();

        TestUser founder = newUser("founder");
        signIn(founder.username(), founder.password());
        page.setViewportSize(390, 844);
        page.navigate("/ventures?lang=zh");
        page.locator("#new-venture-link").click();
        assertThat(page.locator("h1")).hasText("登记创业项目");

        // a bad date and no pitch: refused beside the fields, with everything typed still there
        page.locator("#name-1-text").fill("Jade Dragon Teas " + mark);
        page.locator("#name-1-text").blur();
        assertThat(page.locator("#possible-duplicates")).containsText("Jade Dragon Tea " + mark);
        assertThat(page.locator("#possible-duplicates")).containsText("名称相近");
        page.locator("#country").selectOption("CN");
        page.locator("#founded").fill("1922-05-01");
        page.locator("#sdgs4").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#founded-error")).hasText("成立日期应在 1950 年至今天之间。");
        assertThat(page.locator("#pitch-translations .error")).isVisible();
        assertThat(page.locator("#name-1-text")).hasValue("Jade Dragon Teas " + mark);
        assertThat(page.locator("#sdgs4")).isChecked();
        assertFits("zh 390, venture form with errors");

        // the check at saving stops it, and it is saved once the founder says it is another venture
        page.locator("#founded").fill("2023-03-01");
        page.locator("#pitch-0-text").fill("普洱茶的线上小店。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#possible-duplicates a")).containsText("Jade Dragon Tea " + mark);
        assertThat(page.locator("#possible-duplicates a")).hasAttribute("href", "/ventures/" + existing);
        assertFits("zh 390, venture form stopped by a duplicate");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/venture-form-zh-390.png"))
                .setFullPage(true));
        page.locator("#distinct").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        assertThat(page.locator("h1")).containsText("Jade Dragon Teas " + mark);
        assertThat(page.locator(".facts")).containsText("优质教育");
        assertFits("zh 390, venture profile");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/venture-zh-390.png"))
                .setFullPage(true));
        long id = Long.parseLong(page.url().replaceAll(".*/ventures/(\\d+).*", "$1"));

        // the list in Russian finds it by its country and goal, and not the Kazakh one
        page.navigate("/ventures?lang=ru&country=CN&sdg=4");
        var found = page.locator("#results li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(mark));
        assertThat(found).hasCount(1);
        assertThat(found).containsText("Jade Dragon Teas " + mark);
        assertThat(found).containsText("Поиск");
        assertThat(found).containsText("Китай");
        assertFits("ru 390, ventures list");
        // the map counts the ventures with the goal in every country, China among them
        org.assertj.core.api.Assertions.assertThat(
                        Integer.parseInt(page.locator("#venture-map li[data-country=CN] .tile-value")
                                .textContent()
                                .strip()))
                .isPositive();
        // a filter changed: the results alone are replaced
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Фильтры (2)"))
                .click();
        page.locator("#stage").selectOption("MATURE");
        assertThat(found).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("stage=MATURE");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/ventures-ru-390.png"))
                .setFullPage(true));

        // on a desktop in English, the form of its keeper
        page.setViewportSize(1280, 900);
        page.navigate("/ventures/" + id + "/edit?lang=en");
        assertThat(page.locator("h1")).hasText("Change the venture");
        assertThat(page.locator("#name-0-text")).hasValue("Jade Dragon Teas " + mark);
        assertFits("en 1280, venture form");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/venture-form-en-1280.png"))
                .setFullPage(true));

        // a file of ventures checked on the import page: every problem by row, nothing imported yet
        page.setViewportSize(390, 844);
        page.navigate("/ventures/import?lang=zh");
        String file = "kind,name_en,pitch_en,country,stage\n"
                + "VENTURE,Lijiang Silver Works " + mark + ",Silver jewellery.,CN,BUILD\n"
                + "VENTURE,Nowhere Works " + mark + ",Nowhere.,XX,BUILD\n";
        page.locator("#file")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "ventures.csv", "text/csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form[action='/ventures/import'] button[type=submit]").click();
        assertThat(page.locator("#report")).containsText("共 2 行，有效 1 行，问题 1 个，已导入 0 条。");
        assertThat(page.locator("#report td").last()).hasText("未知国家代码“XX”。");
        assertFits("zh 390, venture import report");

        // someone else can neither open its form nor remove it
        WebSession other = new WebSession(baseUrl());
        other.signIn(first.username(), first.password());
        org.assertj.core.api.Assertions.assertThat(
                        other.get("/ventures/" + id + "/edit").statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(
                        other.postPairs("/ventures/" + id + "/delete", "_csrf", other.csrf("/ventures"))
                                .statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/api/v1/ventures/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aKeeperRecordsNeedsAndOutcomesOnAPhoneInRussianAndTheCollegeVerifiesThem() throws Exception {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        AllianceSetting s = allianceSetting("Profile Alliance " + mark);
        TestUser founder = newUser("founder");
        java.util.Map<String, Object> draft = VenturesIT.venture("Issyk Kul Kayaks " + mark, null, null, null);
        draft.put("collegeId", s.college());
        long id = Long.parseLong(created(founder.token(), "/api/v1/ventures", draft));

        signIn(founder.username(), founder.password());
        page.setViewportSize(390, 844);
        page.navigate("/ventures/" + id + "?lang=ru");
        assertThat(page.locator("#needs")).containsText("Потребности не указаны.");
        // its keeper sees how complete the record is and what is missing
        assertThat(page.locator("#completeness summary")).containsText("Профиль заполнен на");
        page.locator("#completeness summary").click();
        assertThat(page.locator("#completeness li").first()).hasText("названия на китайском");
        assertThat(page.locator("#completeness")).containsText("команды");

        // a need with an amount that is not a number and an unknown currency: refused in place, as typed
        page.locator("#needs summary").click();
        page.locator("#need-kind").selectOption("FUNDING");
        page.locator("#need-description").fill("Два каяка для проката " + mark);
        page.locator("#need-amount").fill("много");
        page.locator("#need-currency").fill("KGS");
        page.locator("#need-form button[type=submit]").click();
        assertThat(page.locator("#amount-error")).hasText("Введите число, например 1500 или 1500.50.");
        assertThat(page.locator("#need-amount")).hasValue("много");
        assertThat(page.locator("#need-description")).hasValue("Два каяка для проката " + mark);
        assertFits("ru 390, need form with errors");
        page.locator("#need-amount").fill("180000");
        page.locator("#need-currency").fill("XYZ");
        page.locator("#need-form button[type=submit]").click();
        assertThat(page.locator("#currency-error")).containsText("Неизвестная валюта «XYZ»");
        page.locator("#need-currency").fill("KGS");
        page.locator("#need-form button[type=submit]").click();
        assertThat(page.locator("#needs li")).containsText("Финансирование");
        assertThat(page.locator("#needs li")).containsText("180");
        assertThat(page.locator("#needs li")).containsText("Открыта");

        // an outcome, counted, then a PDF that shows it
        page.locator("#outcomes summary").click();
        page.locator("#outcome-kind").selectOption("JOBS");
        page.locator("#outcome-quantity").fill("5");
        page.locator("#outcome-asOf").fill("2026-09-30");
        page.locator("#outcome-form button[type=submit]").click();
        var outcome = page.locator("#outcomes li").first();
        assertThat(outcome).containsText("Созданные рабочие места");
        assertThat(outcome.locator(".badge.verification")).hasText("со слов команды");
        outcome.locator("input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "jobs.pdf", "application/pdf", org.vocbridge.testing.TestPdf.of("Jobs " + mark)));
        outcome.getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Прикрепить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Подтверждение прикреплено.");
        assertThat(page.locator("#outcomes li").first().locator(".badge.verification"))
                .hasText("есть подтверждение");
        assertThat(page.locator("#freshness")).containsText("Команда и стадия");
        assertFits("ru 390, venture profile of its keeper");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/venture-keeper-ru-390.png"))
                .setFullPage(true));

        // the college's editor verifies it; the public sees who and when
        context.clearCookies();
        signIn(s.member().username(), s.member().password());
        page.navigate("/ventures/" + id + "?lang=en");
        page.locator("#outcomes li")
                .first()
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Verify"))
                .click();
        assertThat(page.locator(".notice")).hasText("The outcome is verified.");
        context.clearCookies();
        page.navigate("/ventures/" + id + "?lang=zh");
        var seen = page.locator("#outcomes li").first();
        assertThat(seen.locator(".badge.verification")).hasText("已核实");
        assertThat(seen).containsText("Profile Alliance " + mark + " College");
        assertThat(page.locator("#outcomes form")).hasCount(0);
        assertThat(page.locator("#freshness")).hasCount(0);
        assertThat(page.locator("#completeness")).hasCount(0);
        assertFits("zh 390, venture profile");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/venture-public-zh-390.png"))
                .setFullPage(true));

        // the alliance's ventures in numbers count the verified jobs, in Chinese on a phone
        page.navigate("/ventures/numbers?alliance=" + s.alliance() + "&lang=zh");
        assertThat(page.locator("#numbers-jobs")).hasText("5（其中 5 个已核实）");
        assertThat(page.locator("#currency option[selected]")).hasAttribute("value", "USD");
        assertFits("zh 390, ventures in numbers");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/ventures-numbers-zh-390.png"))
                .setFullPage(true));
    }
}
