package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise's demand for welders in Thailand, with the welder's essential skills from ESCO v1.1.1,
 * and colleges' offers: ranked, each score the sum of its parts, the essential skills an offer lacks
 * named by their ESCO labels, and offers that fail a gate left out with the reason.
 */
class MatchingIT extends IntegrationTest {

    @Autowired
    EscoOccupations occupations;

    static Map<String, Object> offer(
            long college, String isco, List<String> skills, List<Map<String, Object>> languages) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("iscedField", "0715");
        profile.put("iscedLevel", 5);
        profile.put("occupations", List.of(isco));
        profile.put("skills", skills);
        profile.put("capacity", 30);
        profile.put("cohortStart", "2027-02-01");
        profile.put("cohortEnd", "2027-12-31");
        profile.put("languages", languages);
        profile.put("countries", List.of("TH", "LA"));
        profile.put("models", List.of("ORDER_CLASS"));
        return new HashMap<>(Map.of(
                "organizationId",
                college,
                "programme",
                Map.of("en", "Welding for ASEAN partners"),
                "profile",
                profile));
    }

    /** A small demand of the organization, as its editor would post it. */
    static Map<String, Object> demand(long organization) {
        return new HashMap<>(Map.of(
                "organizationId",
                organization,
                "kind",
                "APPRENTICES",
                "title",
                Map.of("en", "Apprentice mechanics"),
                "profile",
                Map.of("occupations", List.of("7231"), "headcount", 5, "countries", List.of("KZ"))));
    }

    /** A small offer of the college, as its editor would post it. */
    static Map<String, Object> offer(long college) {
        return offer(college, "7231", List.of(), List.of());
    }

    @Test
    void aDemandRanksTheOffersThatPassItsGatesAndNamesTheEssentialSkillsEachLacks() throws Exception {
        EscoSkillsIT.imported(this, occupations);
        JsonNode welderSkills = api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(EscoSkillsIT.WELDER))
                .json();
        List<String> essential = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        welderSkills.forEach(s -> {
            String uri = s.get("skill").get("uri").asText();
            labels.put(uri, s.get("skill").get("label").get("en").asText());
            (s.get("essential").asBoolean() ? essential : optional).add(uri);
        });
        List<String> asked = essential.subList(0, 6);
        List<String> askedOptional = optional.subList(0, 2);

        TestUser enterprise = newUser("matching-enterprise");
        long greatWall = newOrganization(enterprise, "ENTERPRISE", "CN", Map.of("en", "Matching Motors"));
        List<Map<String, Object>> skills = new ArrayList<>();
        asked.forEach(uri -> skills.add(Map.of("uri", uri, "essential", true)));
        askedOptional.forEach(uri -> skills.add(Map.of("uri", uri, "essential", false)));
        Map<String, Object> profile = new HashMap<>();
        profile.put("occupations", List.of());
        profile.put("escoOccupations", List.of(EscoSkillsIT.WELDER));
        profile.put("skills", skills);
        profile.put("headcount", 20);
        profile.put("from", "2027-03-01");
        profile.put("to", "2027-08-31");
        profile.put("city", "Rayong");
        profile.put("countries", List.of("TH"));
        profile.put("visa", true);
        profile.put("stipend", true);
        profile.put("housing", true);
        profile.put("workingLanguages", List.of(Map.of("language", "th", "level", "B1")));
        profile.put("minIscedLevel", 4);
        profile.put("iscedField", "0715");
        Map<String, Object> demand = new HashMap<>(Map.of(
                "organizationId",
                greatWall,
                "kind",
                "GRADUATES",
                "title",
                Map.of("en", "Welders for the Rayong plant", "zh", "罗勇工厂焊工"),
                "profile",
                profile));
        Api.Response posted = api().token(enterprise.token()).post("/api/v1/matching/demands", demand);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long demandId = posted.json().get("id").asLong();
        assertThat(posted.json().get("escoVersion").asText())
                .isEqualTo(
                        api().get("/api/v1/esco/release").json().get("version").asText());

        List<Map<String, Object>> thai = List.of(Map.of("language", "th", "level", "B2"));
        TestUser collegeEditor = newUser("matching-college");
        long college = newOrganization(collegeEditor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Matching College"));
        // teaches four of the six essential skills and both optional ones
        List<String> fourOfSix = new ArrayList<>(asked.subList(0, 4));
        fourOfSix.addAll(askedOptional);
        long partial = Long.parseLong(
                created(collegeEditor.token(), "/api/v1/matching/offers", offer(college, "7212", fourOfSix, thai)));
        // every skill asked, but trains for a neighbouring minor group (7233)
        List<String> all = new ArrayList<>(asked);
        all.addAll(askedOptional);
        long neighbour = Long.parseLong(
                created(collegeEditor.token(), "/api/v1/matching/offers", offer(college, "7233", all, thai)));
        // every skill, but no Thai: the language gate fails
        long noThai = Long.parseLong(created(
                collegeEditor.token(),
                "/api/v1/matching/offers",
                offer(college, "7212", all, List.of(Map.of("language", "zh", "level", "C2")))));

        Api.Response ranked = api().language("en").get("/api/v1/matching/demands/" + demandId + "/matches?limit=100");
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        Map<Long, JsonNode> byOffer = new LinkedHashMap<>();
        ranked.json().forEach(r -> byOffer.put(r.get("offer").get("id").asLong(), r));
        assertThat(byOffer).containsKeys(partial, neighbour).doesNotContainKey(noThai);
        List<Long> order = new ArrayList<>(byOffer.keySet());
        assertThat(order.indexOf(partial))
                .as("the same unit group outweighs two skills")
                .isLessThan(order.indexOf(neighbour));
        for (JsonNode r : ranked.json()) {
            int sum = 0;
            for (JsonNode c : r.get("match").get("components")) {
                sum += c.get("contribution").asInt();
            }
            assertThat(r.get("match").get("score").asInt()).isEqualTo(sum);
        }
        JsonNode best = byOffer.get(partial);
        // 3,000 occupation + 714 × 3,000 / 1,000 skills + 1,500 field + 1,000 language + 500 × 3
        assertThat(best.get("match").get("score").asInt()).isEqualTo(9142);
        assertThat(best.get("match").get("algorithm").asText())
                .isEqualTo(api().get("/api/v1/matching/algorithm")
                        .json()
                        .get("algorithm")
                        .asText());
        List<String> missing = new ArrayList<>();
        best.get("missingSkills")
                .properties()
                .forEach(e -> missing.add(e.getValue().asText()));
        assertThat(missing).containsExactlyInAnyOrder(labels.get(asked.get(4)), labels.get(asked.get(5)));
        assertThat(best.get("sentence").asText())
                .startsWith("Score 91.42: ")
                .contains("does not teach")
                .contains(labels.get(asked.get(4)));
        assertThat(api().language("zh")
                        .get("/api/v1/matching/demands/" + demandId + "/matches")
                        .json()
                        .get(0)
                        .get("sentence")
                        .asText())
                .startsWith("得分 ");
        assertThat(api().language("en")
                        .get("/api/v1/matching/demands/" + demandId + "/matches?limit=100")
                        .body())
                .as("the same answer every time")
                .isEqualTo(ranked.body());

        JsonNode refused = api().language("ru")
                .get("/api/v1/matching/demands/" + demandId + "/offers/" + noThai)
                .json();
        assertThat(refused.get("match").get("score").asInt()).isZero();
        assertThat(refused.get("sentence").asText()).startsWith("Не подходит: ").contains("тайский B1");

        // a change is ranked at once: the neighbour closes, the partial offer teaches all it lacked
        JsonNode read = api().get("/api/v1/matching/offers/" + neighbour).json();
        Map<String, Object> closed = offer(college, "7233", all, thai);
        closed.put("status", "CLOSED");
        closed.put("version", read.get("version").asLong());
        assertThat(api().token(collegeEditor.token())
                        .put("/api/v1/matching/offers/" + neighbour, closed)
                        .status())
                .isEqualTo(200);
        Map<String, Object> complete = offer(college, "7212", all, thai);
        complete.put(
                "version",
                api().get("/api/v1/matching/offers/" + partial)
                        .json()
                        .get("version")
                        .asLong());
        assertThat(api().token(collegeEditor.token())
                        .put("/api/v1/matching/offers/" + partial, complete)
                        .status())
                .isEqualTo(200);
        Map<Long, JsonNode> after = new LinkedHashMap<>();
        api().get("/api/v1/matching/demands/" + demandId + "/matches?limit=100")
                .json()
                .forEach(r -> after.put(r.get("offer").get("id").asLong(), r));
        assertThat(after).containsKey(partial).doesNotContainKey(neighbour);
        assertThat(after.get(partial).get("missingSkills").isEmpty()).isTrue();
        assertThat(after.get(partial).get("match").get("score").asInt()).isEqualTo(10_000);

        // and the other way round: the demand among the offer's best
        List<Long> demands = new ArrayList<>();
        api().get("/api/v1/matching/offers/" + partial + "/matches?limit=100")
                .json()
                .forEach(r -> demands.add(r.get("demand").get("id").asLong()));
        assertThat(demands).contains(demandId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfferTaughtFromAPublishedCourseStandardTeachesTheEssentialSkillsOfItsOccupation() throws Exception {
        EscoSkillsIT.imported(this, occupations);
        List<String> essential = new ArrayList<>();
        api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(EscoSkillsIT.WELDER))
                .json()
                .forEach(s -> {
                    if (s.get("essential").asBoolean()) {
                        essential.add(s.get("skill").get("uri").asText());
                    }
                });
        assertThat(essential).isNotEmpty();
        TestUser editor = newUser("taught-from");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "CN", Map.of("en", "Taught From College"));
        Map<String, Object> standard =
                LibraryIT.draft("COURSE_STANDARD", "Pipe welding course standard", college, null);
        standard.put("escoOccupations", List.of(EscoSkillsIT.WELDER));
        long published = Long.parseLong(created(editor.token(), "/api/v1/resources", standard));
        assertThat(api().token(adminToken())
                        .post("/api/v1/resources/" + published + "/review", Map.of("decision", "PUBLISH"))
                        .status())
                .isEqualTo(200);
        long submitted = Long.parseLong(created(
                editor.token(),
                "/api/v1/resources",
                LibraryIT.draft("COURSE", "Welding course, not yet reviewed", college, null)));
        List<Map<String, Object>> thai = List.of(Map.of("language", "th", "level", "B2"));

        Map<String, Object> offer = offer(college, "7212", List.of(), thai);
        ((Map<String, Object>) offer.get("profile")).put("resources", List.of(submitted));
        Api.Response refused = api().token(editor.token()).post("/api/v1/matching/offers", offer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.offer.resource");

        ((Map<String, Object>) offer.get("profile")).put("resources", List.of(published));
        long id = Long.parseLong(created(editor.token(), "/api/v1/matching/offers", offer));
        JsonNode saved = api().get("/api/v1/matching/offers/" + id).json();
        assertThat(saved.get("profile").get("skills")).isEmpty();
        List<String> taught = new ArrayList<>();
        saved.get("taughtSkills").forEach(t -> taught.add(t.asText()));
        assertThat(taught).containsExactlyInAnyOrderElementsOf(essential);
        assertThat(api().get("/matching/offers/" + id).body()).contains("/library/" + published);
    }

    @Test
    void theDemoDemandsFromTheSourcesFindTheChongqingCollegesOffers() {
        Map<String, Long> demands = new HashMap<>();
        // the demo venture's need arrives as a demand once its event is delivered
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    api().get("/api/v1/matching/demands").json().forEach(d -> {
                        if (d.get("demo").asBoolean()) {
                            demands.put(
                                    d.get("title").get("en").asText(),
                                    d.get("id").asLong());
                        }
                    });
                    assertThat(demands).hasSize(5);
                });
        JsonNode mekong = api().get("/api/v1/matching/demands/" + demands.get("Mekong e-Moto Service"))
                .json();
        assertThat(mekong.get("kind").asText()).isEqualTo("GRADUATES");
        assertThat(mekong.get("profile").get("headcount").asInt()).isEqualTo(2);
        assertThat(mekong.get("ventureId").isNumber()).isTrue();
        assertThat(mekong.get("organizationId").asLong())
                .isEqualTo(
                        api().get("/api/v1/ventures/" + mekong.get("ventureId").asLong())
                                .json()
                                .get("organization")
                                .get("id")
                                .asLong());
        JsonNode rayong = api().language("en")
                .get("/api/v1/matching/demands/"
                        + demands.get("Automotive maintenance technicians for the Rayong plant") + "/matches")
                .json();
        assertThat(rayong.get(0).get("offer").get("programme").get("en").asText())
                .isEqualTo("Automotive maintenance order class for ASEAN plants");
        assertThat(rayong.get(0).get("sentence").asText()).contains("ISCO-08 7231");
        JsonNode railway = api().get("/api/v1/matching/demands/"
                        + demands.get("Railway trainers: signalling and rolling stock maintenance") + "/matches")
                .json();
        assertThat(railway.get(0).get("offer").get("programme").get("en").asText())
                .isEqualTo("Rail transit operation and maintenance: a course for trainers");

        // found by the global search in any language, demands and offers alike
        List<String> found = new ArrayList<>();
        api().get("/api/v1/search?type=demand&q=" + Api.encode("汽车维修技师"))
                .json()
                .get("hits")
                .forEach(h -> found.add(h.get("hit").get("url").asText()));
        assertThat(found)
                .contains(
                        "/matching/demands/" + demands.get("Automotive maintenance technicians for the Rayong plant"));
        JsonNode offers = api().language("ru")
                .get("/api/v1/search?type=offer&q=" + Api.encode("железнодорожного"))
                .json()
                .get("hits");
        assertThat(offers.get(0).get("hit").get("title").asText())
                .isEqualTo("Эксплуатация и обслуживание железнодорожного транспорта: курс для инструкторов");
        assertThat(offers.get(0).get("hit").get("subtitle").asText())
                .contains("1041")
                .contains("Лаос");
    }

    @Test
    void onlyTheOrganizationsEditorsPostOrChangeAndBadInputChangesNothing() {
        TestUser editor = newUser("matching-owner");
        TestUser stranger = newUser("matching-stranger");
        long enterprise = newOrganization(editor, "ENTERPRISE", "CN", Map.of("en", "Matching Owner Ltd"));
        Map<String, Object> draft = new HashMap<>(Map.of(
                "organizationId",
                enterprise,
                "kind",
                "TRAINERS",
                "title",
                Map.of("en", "Railway trainers"),
                "profile",
                Map.of("occupations", List.of("3112"), "headcount", 3)));
        assertThat(api().post("/api/v1/matching/demands", draft).status()).isEqualTo(401);
        assertThat(api().token(stranger.token())
                        .post("/api/v1/matching/demands", draft)
                        .status())
                .isEqualTo(403);
        Api.Response posted = api().token(editor.token()).post("/api/v1/matching/demands", draft);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode created = posted.json();
        long id = created.get("id").asLong();

        Map<String, Object> changed = new HashMap<>(draft);
        changed.put("title", Map.of("en", "Railway signalling trainers"));
        changed.put("version", created.get("version").asLong());
        assertThat(api().token(stranger.token())
                        .put("/api/v1/matching/demands/" + id, changed)
                        .status())
                .isEqualTo(403);
        assertThat(api().token(editor.token())
                        .put("/api/v1/matching/demands/" + id, changed)
                        .status())
                .isEqualTo(200);
        assertThat(api().token(editor.token())
                        .put("/api/v1/matching/demands/" + id, changed)
                        .status())
                .as("the version read is no longer the last")
                .isEqualTo(409);

        Map<String, Object> bad = new HashMap<>(draft);
        bad.put(
                "profile",
                Map.of(
                        "occupations",
                        List.of("9999"),
                        "skills",
                        List.of(Map.of("uri", "http://data.europa.eu/esco/skill/none", "essential", true)),
                        "countries",
                        List.of("XX"),
                        "headcount",
                        0,
                        "from",
                        "2027-09-01",
                        "to",
                        "2027-03-01"));
        Api.Response refused = api().token(editor.token()).language("ru").post("/api/v1/matching/demands", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused))
                .containsExactlyInAnyOrder(
                        "error.isco.unknown",
                        "error.skill.unknown",
                        "error.country.unknown",
                        "error.number.range",
                        "error.dates.order");
        assertThat(refused.body()).contains("Неизвестный навык");
        List<Long> ids = new ArrayList<>();
        api().get("/api/v1/matching/demands?organization=" + enterprise)
                .json()
                .forEach(d -> ids.add(d.get("id").asLong()));
        assertThat(ids).containsExactly(id);
    }
}
