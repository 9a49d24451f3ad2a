package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An event's online exhibition: booths given by the organizers, arranged by each organization with its own resources, agreements and ventures. */
class ExhibitionIT extends IntegrationTest {

    @Test
    void organizersGiveBoothsAndEachOrganizationShowsOnlyItsOwnResourcesAndAgreements() {
        AllianceSetting s = allianceSetting("Exhibition Alliance");
        long event = createEvent(s);
        TestUser exhibitor = newUser("exhibitor");
        long college = newOrganization(exhibitor, "VOCATIONAL_COLLEGE", "KZ", Map.of("en", "Exhibitor College"));
        long published = submit(exhibitor, LibraryIT.draft("COURSE", "Exhibited welding course", college, null));
        Api.Response review = api().token(adminToken())
                .post("/api/v1/resources/" + published + "/review", Map.of("decision", "PUBLISH"));
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        long submitted = submit(exhibitor, LibraryIT.draft("REPORT", "Exhibited draft report", college, null));
        long someoneElses = submit(s.member(), LibraryIT.draft("COURSE", "Not the exhibitor's", s.college(), null));
        Api.Response signed = api().token(exhibitor.token())
                .post("/api/v1/agreements", CooperationIT.draft("Exhibited agreement", null, college, s.college()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        long agreement = signed.json().get("id").asLong();
        Api.Response notTheirs = api().token(s.member().token())
                .post(
                        "/api/v1/agreements",
                        CooperationIT.draft(
                                "Another agreement",
                                null,
                                s.college(),
                                newOrganization(
                                        s.member(), "ENTERPRISE", "CN", Map.of("en", "Exhibition Partner Company"))));
        long otherAgreement = notTheirs.json().get("id").asLong();
        // a venture the college's graduates founded, and one that is not the college's
        Map<String, Object> graduates = VenturesIT.venture("Exhibited welding venture", null, null, null);
        graduates.put("collegeId", college);
        long venture = api().token(newUser("graduate").token())
                .post("/api/v1/ventures", graduates)
                .json()
                .get("id")
                .asLong();
        long otherVenture = api().token(s.member().token())
                .post("/api/v1/ventures", VenturesIT.venture("Not the exhibitor's venture", null, null, null))
                .json()
                .get("id")
                .asLong();

        Map<String, Object> booth = booth(college, List.of(), List.of());
        String booths = "/api/v1/events/" + event + "/booths";
        assertThat(api().post(booths, booth).status()).isIn(401, 403);
        assertThat(api().token(exhibitor.token()).post(booths, booth).status())
                .as("an organization does not give itself a booth")
                .isEqualTo(403);
        Api.Response given = api().token(s.secretariat().token()).post(booths, booth);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        long id = given.json().get("id").asLong();
        Api.Response twice = api().token(s.secretariat().token()).language("zh").post(booths, booth);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors").findValuesAsString("message")).containsExactly("该机构在本活动已有展位。");

        Map<String, Object> wrong = booth(college, List.of(published, someoneElses), List.of(otherAgreement));
        wrong.put("ventures", List.of(otherVenture));
        wrong.put("version", given.json().get("version").asLong());
        Api.Response refused = api().token(exhibitor.token()).language("ru").put(booths + "/" + id, wrong);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("resources[1]", "agreements[0]", "ventures[0]");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .containsExactly(
                        "Выберите ресурс библиотеки, принадлежащий этой организации.",
                        "Выберите соглашение, стороной которого является эта организация.",
                        "Выберите стартап, который является этой организацией или основан её выпускниками.");
        assertThat(api().get(booths).json().get(0).get("resources"))
                .as("nothing refused is stored")
                .isEmpty();

        Map<String, Object> own = booth(college, List.of(submitted, published), List.of(agreement));
        own.put("ventures", List.of(venture));
        own.put("version", given.json().get("version").asLong());
        Api.Response arranged = api().token(exhibitor.token()).put(booths + "/" + id, own);
        assertThat(arranged.status()).as(arranged.body()).isEqualTo(200);
        assertThat(arranged.json().get("resources").findValuesAsString("resourceId"))
                .as("the organization's editor sees its resource under review too")
                .containsExactly(String.valueOf(submitted), String.valueOf(published));
        assertThat(api().token(exhibitor.token()).put(booths + "/" + id, own).status())
                .as("an edit of a version read before another")
                .isEqualTo(409);
        Map<String, Object> moved = booth(s.college(), List.of(), List.of());
        moved.put("version", arranged.json().get("version").asLong());
        Api.Response movedAway = api().token(s.secretariat().token()).put(booths + "/" + id, moved);
        assertThat(movedAway.status()).isEqualTo(400);
        assertThat(movedAway.json().get("errors").findValuesAsString("field")).containsExactly("organizationId");

        Api.Response list = api().get(booths);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode seen = list.json().get(0);
        assertThat(seen.get("organization").get("id").asLong()).isEqualTo(college);
        assertThat(seen.get("resources").findValuesAsString("resourceId"))
                .as("the public sees what the library has published, not what is under review")
                .containsExactly(String.valueOf(published));
        assertThat(seen.get("agreements"))
                .as("an agreement not yet signed is its parties' own")
                .isEmpty();
        assertThat(seen.get("ventures").findValuesAsString("ventureId"))
                .as("its graduates' venture")
                .containsExactly(String.valueOf(venture));
        assertThat(seen.get("arrangeable").asBoolean()).isFalse();

        Document page = Jsoup.parse(
                api().language("en").get("/events/" + event + "/exhibition").body());
        assertThat(page.select("#booth-" + id + " h2").text()).isEqualTo("Welding <b>showcase</b>");
        assertThat(page.select("#booth-" + id + " .booth-organization a").attr("href"))
                .isEqualTo("/organizations/" + college);
        assertThat(page.select("#booth-" + id + " .booth-resources a").eachAttr("href"))
                .containsExactly("/library/" + published);
        assertThat(page.select("#booth-" + id + " .booth-ventures a").eachAttr("href"))
                .containsExactly("/ventures/" + venture);
        assertThat(Jsoup.parse(api().language("ru").get("/events/" + event).body())
                        .select("#exhibition-link")
                        .text())
                .isEqualTo("Онлайн-выставка");

        // the exhibited venture turns out to be recorded twice: merged, the booth shows the one kept
        Map<String, Object> twin = VenturesIT.venture("Exhibited welding venture, its other record", null, null, null);
        twin.put("distinct", true);
        long kept = Long.parseLong(created(newUser("graduate").token(), "/api/v1/ventures", twin));
        assertThat(api().token(adminToken())
                        .post("/api/v1/ventures/" + venture + "/merge", Map.of("into", kept))
                        .status())
                .isEqualTo(200);
        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        api().get(booths).json().get(0).get("ventures").findValuesAsString("ventureId"))
                .containsExactly(String.valueOf(kept)));

        assertThat(api().token(exhibitor.token())
                        .json("DELETE", booths + "/" + id, null)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(s.secretariat().token())
                        .json("DELETE", booths + "/" + id, null)
                        .status())
                .isEqualTo(204);
        assertThat(api().get(booths).json()).isEmpty();
        assertThat(Jsoup.parse(api().get("/events/" + event).body()).select("#exhibition-link"))
                .isEmpty();
        assertThat(api().get("/api/v1/events/999999/booths").status()).isEqualTo(404);
    }

    @Test
    void theKunmingRoundtableShowsItsAchievementsExhibition() {
        long kunming = kunmingRoundtable().get("id").asLong();
        JsonNode booths = api().get("/api/v1/events/" + kunming + "/booths").json();
        assertThat(booths.findValuesAsString("en"))
                .contains(
                        "Chongqing Water Resources and Electric Engineering College",
                        "Small hydropower for Laos: standards and courses",
                        "Small hydropower station operation and maintenance: occupational standard (Laos)");
        assertThat(booths).hasSize(3);
        assertThat(booths.get(0).get("agreements")).hasSize(1);
        Document zh = Jsoup.parse(
                api().language("zh").get("/events/" + kunming + "/exhibition").body());
        assertThat(zh.select("h1").text()).isEqualTo("线上展览");
        assertThat(zh.select(".booths > li h2").eachText())
                .containsExactly("面向老挝的小水电：标准与课程", "新能源汽车：从职业标准到免费在线课程", "永川：产城职创融合");
    }

    private long createEvent(AllianceSetting s) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "EXHIBITION");
        draft.put("title", Map.of("en", "Achievements exhibition"));
        draft.put("online", true);
        draft.put("allianceId", s.alliance());
        draft.put("hosts", List.of(s.college()));
        draft.put("zone", "Asia/Almaty");
        draft.put("startsAt", "2027-03-05T09:00:00");
        draft.put("endsAt", "2027-03-05T18:00:00");
        Api.Response created = api().token(s.secretariat().token()).post("/api/v1/events", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long submit(TestUser user, Map<String, Object> draft) {
        Api.Response created = api().token(user.token()).post("/api/v1/resources", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> booth(long organization, List<Long> resources, List<Long> agreements) {
        Map<String, Object> booth = new HashMap<>();
        booth.put("organizationId", organization);
        booth.put("title", Map.of("en", "Welding <b>showcase</b>"));
        booth.put("description", Map.of("en", "Pipelines\nand more"));
        booth.put("resources", resources);
        booth.put("agreements", agreements);
        return booth;
    }
}
