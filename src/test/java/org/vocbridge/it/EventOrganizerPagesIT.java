package org.vocbridge.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pages an event's organizers run it with: the agenda's sessions, the broadcast, the delegations. */
class EventOrganizerPagesIT extends InBrowser {

    @Test
    void aCollegeBuildsItsAgendaOnAPhoneInChinese() throws Exception {
        AllianceSetting s = allianceSetting("Agenda Form Alliance");
        long partner =
                newOrganization(newUser("agenda-partner"), "ENTERPRISE", "KZ", Map.of("en", "Agenda Partner Co"));
        long id = event(s, "Agenda form forum");
        long person = api().token(s.member().token())
                .post(
                        "/api/v1/people",
                        Map.of(
                                "name", Map.of("zh", "欧阳明远", "en", "Ouyang Mingyuan"),
                                "position", Map.of("zh", "院长", "en", "President"),
                                "affiliations", List.of(s.college())))
                .json()
                .get("id")
                .asLong();
        Api.Response agreement = api().token(s.member().token())
                .post("/api/v1/agreements", CooperationIT.draft("Agenda form agreement", null, s.college(), partner));
        org.assertj.core.api.Assertions.assertThat(agreement.status())
                .as(agreement.body())
                .isEqualTo(201);
        String agreementPath =
                "/api/v1/agreements/" + agreement.json().get("id").asText() + "/transitions";
        api().token(s.member().token()).post(agreementPath, CooperationIT.move("NEGOTIATING", null));
        Api.Response signed = api().token(s.member().token())
                .post(agreementPath, CooperationIT.move("SIGNED", CooperationIT.SIGNING));
        org.assertj.core.api.Assertions.assertThat(signed.status())
                .as(signed.body())
                .isEqualTo(200);
        Api.Response resource = api().token(s.member().token())
                .post(
                        "/api/v1/resources",
                        LibraryIT.draft("COURSE", "Agenda form aquaponics course", s.college(), null));
        org.assertj.core.api.Assertions.assertThat(resource.status())
                .as(resource.body())
                .isEqualTo(201);

        Api.Response published = api().token(adminToken())
                .post(
                        "/api/v1/resources/" + resource.json().get("id").asText() + "/review",
                        Map.of("decision", "PUBLISH"));
        org.assertj.core.api.Assertions.assertThat(published.status())
                .as(published.body())
                .isEqualTo(200);

        signIn(s.member().username(), s.member().password());
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "?lang=zh");
        page.locator("#add-session-link").click();
        assertThat(page.locator("h1")).hasText("添加议程");
        assertThat(page.locator("#startsAt")).hasValue("2030-11-05T09:00");

        page.locator("#kind").selectOption("SIGNING_CEREMONY");
        page.locator("#title-0-text").fill("合作协议签约仪式");
        page.locator("#title-1-text").fill("Signing ceremony");
        page.locator("#endsAt").fill("2030-11-05T08:00");
        page.locator("#language").fill("zh");
        page.locator("#interpretation").fill("ru, en");
        page.locator("#room").fill("报告厅 A");
        page.locator("#person-search").fill("欧阳");
        assertThat(page.locator("#person-search-found")).hasText("找到 1 人，已加入下方列表");
        page.locator("#person-0").selectOption(String.valueOf(person));
        page.locator("#person-role-0").selectOption("MODERATOR");
        page.locator("#material-search").fill("aquaponics");
        assertThat(page.locator("#material-search-found")).hasText("找到 1 个资源,已列在下方");
        assertThat(page.locator("#material-0 option")).hasCount(2);
        page.locator("#material-0").selectOption(resource.json().get("id").asText());
        page.getByLabel("合作协议 Agenda form agreement").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();

        // refused: it ends before it starts; everything typed and chosen is still there
        assertThat(page.locator("#endsAt-error")).isVisible();
        assertThat(page.locator("#title-0-text")).hasValue("合作协议签约仪式");
        assertThat(page.locator("#person-0")).hasValue(String.valueOf(person));
        assertThat(page.locator("#person-role-0")).hasValue("MODERATOR");
        assertThat(page.locator("#material-0"))
                .hasValue(resource.json().get("id").asText());
        assertThat(page.getByLabel("合作协议 Agenda form agreement")).isChecked();
        assertFits("zh 390, session form with errors");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/session-form-zh-390.png"))
                .setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/api/v1/events/" + id).json().get("sessions").size())
                .as("nothing refused is stored")
                .isZero();

        page.locator("#endsAt").fill("2030-11-05T10:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator(".notice")).isVisible();
        assertThat(page.locator(".sessions > li")).hasCount(1);
        assertThat(page.locator(".sessions > li")).containsText("合作协议签约仪式");
        assertThat(page.locator(".sessions > li")).containsText("欧阳明远");
        assertThat(page.locator(".sessions li .session-links a").first()).hasText("合作协议 Agenda form agreement");
        assertFits("zh 390, the agenda");
        JsonNode session =
                api().get("/api/v1/events/" + id).json().get("sessions").get(0);
        org.assertj.core.api.Assertions.assertThat(session.get("interpretation").toString())
                .isEqualTo("[\"ru\",\"en\"]");
        org.assertj.core.api.Assertions.assertThat(session.get("room").asText()).isEqualTo("报告厅 A");
        org.assertj.core.api.Assertions.assertThat(
                        session.get("people").get(0).get("role").asText())
                .isEqualTo("MODERATOR");
        org.assertj.core.api.Assertions.assertThat(session.get("materials").size())
                .isEqualTo(1);

        // moved an hour later: the schedule's change log says so
        page.locator(".edit-session").click();
        assertThat(page.locator("h1")).hasText("修改议程");
        assertThat(page.locator("#person-0")).hasValue(String.valueOf(person));
        page.locator("#startsAt").fill("2030-11-05T10:00");
        page.locator("#endsAt").fill("2030-11-05T11:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#changes")).containsText("09:00");
        assertThat(page.locator("#changes")).containsText("10:00");

        // the outsider can neither open nor post the form
        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        long sessionId = session.get("id").asLong();
        org.assertj.core.api.Assertions.assertThat(
                        outsider.get("/events/" + id + "/sessions/new").statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(outsider.postPairs(
                                "/events/" + id + "/sessions/" + sessionId + "/delete",
                                "_csrf",
                                outsider.csrf("/events"))
                        .statusCode())
                .isEqualTo(403);

        page.locator(".edit-session").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("从议程中删除"))
                .click();
        assertThat(page.locator(".sessions > li")).hasCount(0);
        // an agenda with nothing on it offers no time zones to show it in
        assertThat(page.locator("#agenda .filters")).hasCount(0);
        assertThat(page.locator("#add-session-link")).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/api/v1/events/" + id).json().get("sessions").size())
                .isZero();
    }

    @Test
    void organizersRunTheBroadcastAndTheDelegationsInRussian() throws Exception {
        AllianceSetting s = allianceSetting("Broadcast Desk Alliance");
        long id = event(s, "Broadcast desk forum");
        signIn(s.member().username(), s.member().password());
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "?lang=ru");
        page.locator("#broadcast-link").click();
        assertThat(page.locator("#broadcast-state")).hasText("Ещё не в эфире, по датам мероприятия.");
        page.locator("#go-live").click();
        assertThat(page.locator("#broadcast-state")).hasText("Сейчас в эфире, как указали организаторы.");
        JsonNode event = api().get("/api/v1/events/" + id).json();
        org.assertj.core.api.Assertions.assertThat(event.get("broadcast").asText())
                .isEqualTo("LIVE");
        org.assertj.core.api.Assertions.assertThat(event.get("broadcastSet").asBoolean())
                .isTrue();

        page.locator("#recordingUrl").fill("ftp://example.org/recording.mp4");
        page.locator("#end-broadcast").click();
        assertThat(page.locator("#recordingUrl-error")).isVisible();
        org.assertj.core.api.Assertions.assertThat(api().get("/api/v1/events/" + id)
                        .json()
                        .get("broadcast")
                        .asText())
                .as("nothing refused is stored")
                .isEqualTo("LIVE");
        assertFits("ru 390, broadcast with an error");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/broadcast-ru-390.png"))
                .setFullPage(true));
        page.locator("#recordingUrl").fill("");
        page.locator("#follow-dates").click();
        assertThat(page.locator("#broadcast-state")).hasText("Ещё не в эфире, по датам мероприятия.");

        // a delegation: refused while its quota is not a number, then listed with its code
        page.navigate("/events/" + id + "/delegations");
        assertThat(page.locator("h1")).containsText("Делегации");
        page.locator("#name-2-text").fill("Делегация Казахстана");
        page.locator("#country").selectOption("KZ");
        page.locator("#quota").fill("два");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator("#quota-error")).hasText("Введите целое число.");
        assertThat(page.locator("#name-2-text")).hasValue("Делегация Казахстана");
        page.locator("#quota").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator(".notice")).hasText("Делегация сохранена.");
        assertThat(page.locator("#delegations-table tbody tr")).hasCount(1);
        assertThat(page.locator("#delegations-table tbody tr")).containsText("Казахстан");
        assertFits("ru 390, delegations");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/delegations-ru-390.png"))
                .setFullPage(true));
        String code = page.locator(".invitation-code").textContent();
        org.assertj.core.api.Assertions.assertThat(code).matches("[A-Z2-9]{10}");

        page.locator(".edit-delegation").click();
        assertThat(page.locator("#quota")).hasValue("2");
        page.locator("#quota").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить"))
                .click();
        assertThat(page.locator("#delegations-table tbody tr td").nth(2)).hasText("3");
        org.assertj.core.api.Assertions.assertThat(api().token(s.member().token())
                        .get("/api/v1/events/" + id + "/delegations")
                        .json()
                        .get(0)
                        .get("quota")
                        .asInt())
                .isEqualTo(3);

        // the same pages in Chinese on the phone
        page.navigate("/events/" + id + "/delegations?lang=zh");
        assertThat(page.locator("#delegations-table tbody tr")).hasCount(1);
        assertFits("zh 390, delegations");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/delegations-zh-390.png"))
                .setFullPage(true));
        page.navigate("/events/" + id + "/broadcast?lang=zh");
        assertThat(page.locator("h1")).isVisible();
        assertFits("zh 390, broadcast");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/broadcast-zh-390.png"))
                .setFullPage(true));
        page.navigate("/events/" + id + "/delegations?lang=ru");

        // the registration link fills the code in
        page.locator(".invitation-link").click();
        assertThat(page.locator("#invitationCode")).hasValue(code);

        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        org.assertj.core.api.Assertions.assertThat(
                        outsider.get("/events/" + id + "/broadcast").statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(
                        outsider.get("/events/" + id + "/delegations").statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(outsider.postPairs(
                                "/events/" + id + "/broadcast", "state", "LIVE", "_csrf", outsider.csrf("/events"))
                        .statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(api().get("/api/v1/events/" + id)
                        .json()
                        .get("broadcast")
                        .asText())
                .isEqualTo("SCHEDULED");
    }

    @Test
    void organizersGiveABoothAndTheOrganizationArrangesIt() throws Exception {
        AllianceSetting s = allianceSetting("Booth Form Alliance");
        long id = event(s, "Booth form exhibition");
        TestUser exhibitor = newUser("booth-exhibitor");
        long partner =
                newOrganization(exhibitor, "ENTERPRISE", "UZ", Map.of("en", "Booth Partner Motors", "zh", "展位伙伴汽车"));
        Api.Response resource = api().token(exhibitor.token())
                .post("/api/v1/resources", LibraryIT.draft("COURSE", "Booth partner assembly course", partner, null));
        org.assertj.core.api.Assertions.assertThat(resource.status())
                .as(resource.body())
                .isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(api().token(adminToken())
                        .post(
                                "/api/v1/resources/" + resource.json().get("id").asText() + "/review",
                                Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(200);
        String agreement = api().token(exhibitor.token())
                .post("/api/v1/agreements", CooperationIT.draft("Booth partner agreement", null, partner, s.college()))
                .json()
                .get("id")
                .asText();
        api().token(exhibitor.token())
                .post("/api/v1/agreements/" + agreement + "/transitions", CooperationIT.move("NEGOTIATING", null));
        org.assertj.core.api.Assertions.assertThat(api().token(exhibitor.token())
                        .post(
                                "/api/v1/agreements/" + agreement + "/transitions",
                                CooperationIT.move("SIGNED", CooperationIT.SIGNING))
                        .status())
                .isEqualTo(200);

        // the organizers give the booth
        signIn(s.member().username(), s.member().password());
        page.navigate("/events/" + id + "?lang=en");
        page.locator("#exhibition-link").click();
        page.locator("#new-booth-link").click();
        page.locator("#title-1-text").fill("Booth Partner Motors: electric scooters for ASEAN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#organizationId-error")).isVisible();
        assertThat(page.locator("#title-1-text")).hasValue("Booth Partner Motors: electric scooters for ASEAN");
        page.locator("#organization-search").fill("Booth Partner");
        assertThat(page.locator("#organizationId option[value='" + partner + "']"))
                .hasCount(1);
        page.locator("#organizationId").selectOption(String.valueOf(partner));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".notice")).hasText("The booth is saved.");
        assertThat(page.locator(".booths > li")).hasCount(1);
        assertThat(page.locator(".booth-organization")).containsText("Booth Partner Motors");

        // the organization's editor arranges it with its own resources and agreements
        context.clearCookies();
        signIn(exhibitor.username(), exhibitor.password());
        page.setViewportSize(390, 844);
        page.navigate("/events/" + id + "/exhibition?lang=zh");
        page.locator(".edit-booth").click();
        assertThat(page.locator("#delete-booth")).hasCount(0);
        page.getByLabel("Booth partner assembly course").check();
        page.getByLabel("合作协议 Booth partner agreement").check();
        assertFits("zh 390, booth form");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/booth-form-zh-390.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator(".notice")).hasText("展位已保存。");
        assertThat(page.locator(".booth-resources li")).hasCount(1);
        assertThat(page.locator(".booth-agreements li"))
                .hasText(java.util.regex.Pattern.compile("合作协议 Booth partner agreement"));
        assertFits("zh 390, exhibition");

        long booth = api().get("/api/v1/events/" + id + "/booths")
                .json()
                .get(0)
                .get("id")
                .asLong();
        WebSession outsider = new WebSession(baseUrl());
        outsider.signIn(s.outsider().username(), s.outsider().password());
        org.assertj.core.api.Assertions.assertThat(outsider.get("/events/" + id + "/booths/" + booth + "/edit")
                        .statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(outsider.postPairs(
                                "/events/" + id + "/booths/" + booth + "/delete", "_csrf", outsider.csrf("/events"))
                        .statusCode())
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/api/v1/events/" + id + "/booths").json().size())
                .isEqualTo(1);
    }

    /** An event of the member's college in 2030, broadcast from the platform's own origin. */
    private long event(AllianceSetting s, String title) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "FORUM");
        draft.put("title", Map.of("en", title, "zh", title + "（中文）"));
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Shanghai");
        draft.put("startsAt", "2030-11-05T09:00:00");
        draft.put("endsAt", "2030-11-05T18:00:00");
        draft.put("online", true);
        draft.put("streamUrl", "/live/demo/master.m3u8");
        Api.Response created = api().token(s.member().token()).post("/api/v1/events", draft);
        org.assertj.core.api.Assertions.assertThat(created.status())
                .as(created.body())
                .isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
