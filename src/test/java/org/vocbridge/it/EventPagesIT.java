package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An event's page in Chromium, on a phone and a desktop. */
class EventPagesIT extends InBrowser {

    @Test
    void aPhoneReaderFindsTheKunmingRoundtableAndReadsItsAgendaInMoscowTime() {
        page.setViewportSize(390, 844);
        page.navigate("/events?when=PAST&lang=zh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("上合组织职业教育与创新创业发展圆桌会"))
                .click();
        assertThat(page.locator("h1")).hasText("上合组织职业教育与创新创业发展圆桌会");
        assertThat(page.locator(".agenda .sessions li")).hasCount(6);
        assertThat(page.locator(".agenda .day h3")).hasText("2020年12月5日星期六");
        assertThat(page.locator(".agenda .sessions li").first()).containsText("09:00–09:40 UTC+08:00");
        assertThat(page.locator(".agenda .sessions li").first()).containsText("同声传译：中文, 英语");
        assertFits("zh 390");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/event-zh-390.png"))
                .setFullPage(true));

        page.locator(".agenda select[name=tz]").selectOption("Europe/Moscow");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示"))
                .click();
        assertThat(page.locator("#agenda-zone")).containsText("Europe/Moscow");
        assertThat(page.locator(".agenda .sessions li").first()).containsText("04:00–04:40 UTC+03:00");
        assertThat(page.locator(".agenda .sessions li .local-time").first()).containsText("2020-12-05 09:00");
        assertFits("zh 390, Moscow time");

        page.setViewportSize(1366, 900);
        page.navigate(page.url().replace("lang=zh", "") + "&lang=ru");
        assertThat(page.locator(".agenda h2")).hasText("Программа");
        assertThat(page.locator(".agenda .sessions li").first()).containsText("перевод на: китайский, английский");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/event-ru-1366.png"))
                .setFullPage(true));
        page.navigate("/events?when=PAST&lang=en");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/events-en-1366.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.navigate("/events?when=PAST&lang=ru");
        assertFits("ru 390, past events");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/events-ru-390.png"))
                .setFullPage(true));
    }

    @Test
    void aDelegateRegistersOnAPhoneInChineseAndAnotherCancelsInRussian() {
        page.setViewportSize(390, 844);
        page.navigate("/events?lang=zh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("首届中国—上海合作组织职业教育发展大会"))
                .click();
        assertThat(page.locator("#places-left")).containsText("/ 500");
        assertThat(page.locator("#approval-notice")).hasText("未使用邀请码的报名须经主办方审核。");
        assertThat(page.getByLabel("邀请码")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("报名").setExact(true))
                .click();
        assertThat(page.locator("#name-error")).hasText("必填。");
        assertThat(page.locator("#email-error")).hasText("必填。");
        assertFits("zh 390, form with errors");
        page.locator("#register")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Paths.get("target/screenshots/registration-form-zh-390.png")));
        page.getByLabel("姓名").fill("阿斯卡尔·努尔兰");
        page.getByLabel("电子邮箱").fill("askar.phone@example.org");
        page.getByLabel("国家").selectOption("KZ");
        page.getByLabel("参会身份").selectOption("STUDENT");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("报名").setExact(true))
                .click();
        // the demo conference approves registrations made without an invitation code
        assertThat(page.locator("#registration-status")).hasText("您的报名正等待主办方审核。");
        assertThat(page.locator(".facts")).containsText("学生");
        assertFits("zh 390, registered");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/registration-zh-390.png"))
                .setFullPage(true));

        page.navigate(page.url().replaceAll("/registrations/.*", "") + "?lang=ru");
        page.getByLabel("Имя").fill("Айгерим Садыкова");
        page.getByLabel("Электронная почта").fill("aigerim.phone@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрироваться"))
                .click();
        assertThat(page.locator("#registration-status")).hasText("Ваша регистрация ждёт одобрения организаторов.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отменить регистрацию"))
                .click();
        assertThat(page.locator("#registration-status")).hasText("Эта регистрация отменена.");
        assertFits("ru 390, cancelled");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/registration-ru-390.png"))
                .setFullPage(true));
    }

    @Test
    void theKunmingExhibitionFitsAPhoneInChineseAndRussian() {
        page.setViewportSize(390, 844);
        page.navigate("/events?when=PAST&lang=zh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("上合组织职业教育与创新创业发展圆桌会"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("线上展览"))
                .click();
        assertThat(page.locator(".booths > li")).hasCount(3);
        assertThat(page.locator(".booths > li").first().locator("h3").first()).hasText("图书馆资源");
        assertFits("zh 390, exhibition");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/exhibition-zh-390.png"))
                .setFullPage(true));
        page.navigate(page.url().replace("lang=zh", "lang=ru"));
        page.navigate(page.url().contains("lang=ru") ? page.url() : page.url() + "?lang=ru");
        assertThat(page.locator("h1")).hasText("Онлайн-выставка");
        assertFits("ru 390, exhibition");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/exhibition-ru-390.png"))
                .setFullPage(true));
        page.setViewportSize(1366, 900);
        page.navigate(page.url().replace("lang=ru", "lang=en"));
        assertThat(page.locator(".booths > li").first().locator(".booth-agreements a"))
                .hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/exhibition-en-1366.png"))
                .setFullPage(true));
    }

    @Test
    void organizersApproveAndDeclineRegistrationsAtTheDeskOnAPhone() throws Exception {
        AllianceSetting s = allianceSetting("Desk Alliance");
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "CONFERENCE");
        draft.put("title", Map.of("en", "Desk conference", "ru", "Конференция в Бишкеке"));
        draft.put("allianceId", s.alliance());
        draft.put("zone", "Asia/Bishkek");
        draft.put("startsAt", "2030-09-01T09:00:00");
        draft.put("endsAt", "2030-09-01T18:00:00");
        draft.put("capacity", 2);
        draft.put("approval", true);
        long id = api().token(s.secretariat().token())
                .post("/api/v1/events", draft)
                .json()
                .get("id")
                .asLong();
        String code = api().token(s.secretariat().token())
                .post(
                        "/api/v1/events/" + id + "/delegations",
                        Map.of(
                                "name",
                                Map.of("en", "Kazakhstan delegation", "ru", "Делегация Казахстана"),
                                "country",
                                "KZ",
                                "quota",
                                1))
                .json()
                .get("invitationCode")
                .asText();
        String path = "/api/v1/events/" + id + "/registrations";
        org.assertj.core.api.Assertions.assertThat(
                        api().post(path, registrant("Айгерим Садыкова", "aigerim.desk", code))
                                .json()
                                .get("status")
                                .asText())
                .isEqualTo("CONFIRMED");
        api().post(path, registrant("Бакыт Асанов", "bakyt.desk", null));
        api().post(path, registrant("陈明", "chen.desk", null));

        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        HttpResponse<String> refused = outsider.get("/events/" + id + "/registrations");
        org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(refused.body()).doesNotContain("Бакыт Асанов");

        signIn(s.secretariat().username(), s.secretariat().password());
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "?lang=ru");
        page.locator("#registrations-link").click();
        assertThat(page.locator("h1")).hasText("Регистрации: Конференция в Бишкеке");
        assertThat(page.locator("#places-table tr[data-scope=EVENT] td.number"))
                .containsText(new String[] {"2", "1", "1"});
        assertThat(page.locator("#places-table tr[data-scope=DELEGATION]")).containsText("Делегация Казахстана");
        assertThat(page.locator("#places-table tr[data-scope=DELEGATION] td.number"))
                .containsText(new String[] {"1", "1", "0"});
        assertThat(page.locator("#status-filter a").first()).hasText("Все (3)");
        assertThat(page.locator("#registrations-table tbody tr")).hasCount(3);
        assertFits("ru 390, registration desk");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/registration-desk-ru-390.png"))
                .setFullPage(true));

        page.locator("#status-filter a[data-status=PENDING]").click();
        assertThat(page.locator("#status-filter a[data-status=PENDING]")).hasText("ждёт одобрения (2)");
        assertThat(page.locator("#registrations-table tbody tr")).hasCount(2);
        page.locator("#registrations-table tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Бакыт Асанов"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Одобрить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Регистрация одобрена: места за ней, или она ждёт их в очереди.");
        assertThat(page.locator("#registrations-table tbody tr")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отклонить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Регистрация отклонена.");
        assertThat(page.locator("#desk-registrations")).containsText("Здесь нет регистраций.");
        assertThat(page.locator("#places-table tr[data-scope=EVENT] td.number"))
                .containsText(new String[] {"2", "2", "0"});
        assertFits("ru 390, after the decisions");

        page.setViewportSize(1366, 900);
        page.navigate("/events/" + id + "/registrations?lang=en");
        assertThat(page.locator("#registrations-table tbody tr[data-status=CONFIRMED]"))
                .hasCount(2);
        assertThat(page.locator("#registrations-table tbody tr[data-status=DECLINED]"))
                .containsText("陈明");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/registration-desk-en-1366.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "/registrations?lang=zh");
        assertThat(page.locator("#registrations-table tbody tr")).hasCount(3);
        assertThat(page.locator("#status-filter a").first()).hasText("全部（3）");
        assertFits("zh 390, registration desk");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/registration-desk-zh-390.png"))
                .setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(
                        api().token(s.secretariat().token()).get(path).json().findValuesAsString("status"))
                .containsExactly("CONFIRMED", "CONFIRMED", "DECLINED");
    }

    @Test
    void aSecretariatCreatesAnEventOnAPhoneAndChangesItsPlaces() throws Exception {
        AllianceSetting s = allianceSetting("Event Form Alliance");
        signIn(s.secretariat().username(), s.secretariat().password());
        page.setViewportSize(390, 844);
        page.navigate("/events?lang=ru");
        page.locator("#new-event-link").click();
        assertThat(page.locator("h1")).hasText("Создать мероприятие");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator("#title-translations .error")).hasText("Обязательное поле.");
        assertThat(page.locator("#allianceId")).hasValue(String.valueOf(s.alliance()));
        assertFits("ru 390, event form with errors");

        page.locator("#title-2-text").fill("Форум профессионального образования в Алматы");
        page.locator("#title-1-text").fill("Almaty TVET forum");
        page.locator("#allianceId").selectOption(String.valueOf(s.alliance()));
        page.locator("#zone").selectOption("Asia/Almaty");
        page.locator("#startsAt").fill("2030-10-01T09:00");
        page.locator("#endsAt").fill("2030-10-01T18:00");
        page.locator("#capacity").fill("триста");
        page.getByLabel("Организаторы одобряют каждую регистрацию без кода приглашения")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator("#capacity-error")).hasText("Введите целое число.");
        assertThat(page.locator("#title-2-text")).hasValue("Форум профессионального образования в Алматы");
        page.locator("#capacity").fill("300");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Мероприятие сохранено.");
        assertThat(page.locator("h1")).hasText("Форум профессионального образования в Алматы");
        assertThat(page.locator("#event-when")).containsText("2030-10-01 09:00");
        assertThat(page.locator("#approval-notice")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/event-form-saved-ru-390.png"))
                .setFullPage(true));
        long id = Long.parseLong(page.url().replaceAll(".*/events/(\\d+).*", "$1"));

        page.locator("#edit-event-link").click();
        assertThat(page.locator("h1")).hasText("Изменить мероприятие");
        assertThat(page.locator("#zone")).hasValue("Asia/Almaty");
        page.locator("#capacity").fill("250");
        assertFits("ru 390, event form");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/event-form-ru-390.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Мероприятие сохранено.");
        JsonNode saved = api().get("/api/v1/events/" + id).json();
        org.assertj.core.api.Assertions.assertThat(saved.get("capacity").asInt())
                .isEqualTo(250);
        org.assertj.core.api.Assertions.assertThat(saved.get("zone").asText()).isEqualTo("Asia/Almaty");
        org.assertj.core.api.Assertions.assertThat(saved.get("startsAt").asText())
                .startsWith("2030-10-01T09:00");
        org.assertj.core.api.Assertions.assertThat(saved.get("approval").asBoolean())
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(saved.get("title").get("en").asText())
                .isEqualTo("Almaty TVET forum");

        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        org.assertj.core.api.Assertions.assertThat(
                        outsider.get("/events/" + id + "/edit").statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(outsider.postPairs(
                                "/events/" + id,
                                "kind",
                                "CONFERENCE",
                                "title[0].lang",
                                "en",
                                "title[0].text",
                                "Taken over",
                                "allianceId",
                                String.valueOf(s.alliance()),
                                "zone",
                                "Asia/Almaty",
                                "version",
                                saved.get("version").asText(),
                                "_csrf",
                                outsider.csrf("/events"))
                        .statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(api().get("/api/v1/events/" + id)
                        .json()
                        .get("title")
                        .get("en")
                        .asText())
                .as("nothing refused is stored")
                .isEqualTo("Almaty TVET forum");
    }

    private static Map<String, Object> registrant(String name, String email, String code) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("email", email + "@example.org");
        draft.put("country", code == null ? "KG" : null);
        draft.put("category", "DELEGATE");
        draft.put("invitationCode", code);
        return draft;
    }
}
