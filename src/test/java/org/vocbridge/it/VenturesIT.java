package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ventures through the API: registration with the duplicate check, bad input, who may change what, the list. */
class VenturesIT extends IntegrationTest {

    /** A venture of the run: its names carry a mark of the run so that other tests' ventures are never like it. */
    static Map<String, Object> venture(String en, String ru, String website, String registration) {
        Map<String, Object> v = new HashMap<>();
        v.put("kind", "VENTURE");
        Map<String, String> name = new HashMap<>();
        name.put("en", en);
        if (ru != null) {
            name.put("ru", ru);
        }
        v.put("name", name);
        v.put("pitch", Map.of("en", "Honey from the foothills, sold online."));
        v.put("country", "KZ");
        v.put("city", "Almaty");
        v.put("website", website);
        v.put("registrationNumber", registration);
        v.put("sector", "A");
        v.put("sdgs", List.of(2, 8));
        v.put("stage", "VALIDATE");
        return v;
    }

    @Test
    void aVentureIsRegisteredOnceAndTheSameOneUnderAnotherSpellingIsStopped() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        String digits = String.valueOf(Math.abs(mark.hashCode()));
        TestUser founder = newUser("founder");
        TestUser other = newUser("founder");
        String host = "bees-" + mark + ".example.kz";
        Map<String, Object> bees = venture(
                "Tengri Bee Farm " + mark, "Тенгри Би Фарм " + mark, "https://www." + host + "/", "BIN " + digits);

        assertThat(api().post("/api/v1/ventures", bees).status()).isEqualTo(401);
        Api.Response created = api().token(founder.token()).post("/api/v1/ventures", bees);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("website").asText()).isEqualTo("https://www." + host + "/");

        // the same venture, as others would write it
        Map<String, Map<String, Object>> again = Map.of(
                "SAME_NAME", venture("Тенгри Би Фарм " + mark, null, null, null),
                "SIMILAR_NAME", venture("Tengri Bee Farms LLP " + mark, null, null, null),
                "SAME_WEBSITE", venture("Sunny Hives " + mark, null, host + "/about", null),
                "SAME_REGISTRATION_NUMBER", venture("Altai Honey " + mark, null, null, "bin-" + digits));
        again.forEach((reason, draft) -> {
            Api.Response stopped = api().token(other.token()).language("zh").post("/api/v1/ventures", draft);
            assertThat(stopped.status()).as(reason + ": " + stopped.body()).isEqualTo(409);
            assertThat(stopped.json().get("title").asText()).isEqualTo("已有记录的项目可能就是同一个");
            JsonNode first = stopped.json().get("duplicates").get(0);
            assertThat(first.get("ventureId").asLong()).as(reason).isEqualTo(id);
            assertThat(first.get("reason").asText()).isEqualTo(reason);
        });
        JsonNode asked = api().get("/api/v1/ventures/duplicates?name=" + Api.encode("ru:Тенгри Би Фарм " + mark))
                .json();
        assertThat(asked.findValuesAsString("ventureId")).containsExactly(String.valueOf(id));
        assertThat(api().get("/api/v1/ventures/duplicates?except=" + id + "&name="
                                + Api.encode("Tengri Bee Farm " + mark))
                        .json())
                .as("a venture is not its own duplicate")
                .isEmpty();
        assertThat(api().get("/api/v1/ventures/duplicates?name=" + Api.encode("Tengri Wine Cellar " + mark))
                        .json())
                .as("an unrelated venture sharing the first word")
                .isEmpty();

        // the form's own check as it is filled in: a half-typed date is left out, not an error
        Api.Response typing = api().get("/ventures/duplicates?name%5B0%5D.lang=en&name%5B0%5D.text="
                + Api.encode("Tengri Bee Farm " + mark) + "&founded=2023-1");
        assertThat(typing.status()).isEqualTo(200);
        assertThat(typing.body()).contains("href=\"/ventures/" + id + "\"");
        assertThat(api().get("/ventures/duplicates?name%5B0%5D.lang=en&name%5B0%5D.text=Unlike+anything+" + mark)
                        .body())
                .doesNotContain("href=\"/ventures/");

        Map<String, Object> distinct = venture("Tengri Bee Farms LLP " + mark, null, null, null);
        distinct.put("distinct", true);
        Api.Response another = api().token(other.token()).post("/api/v1/ventures", distinct);
        assertThat(another.status()).as("looked at and said to be another").isEqualTo(201);

        // only its keepers change it, on the version they read
        Map<String, Object> changed = new HashMap<>(bees);
        changed.put("stage", "BUILD");
        changed.put("version", created.json().get("version").asLong());
        assertThat(api().token(other.token())
                        .put("/api/v1/ventures/" + id, changed)
                        .status())
                .isEqualTo(403);
        Api.Response saved = api().token(founder.token()).put("/api/v1/ventures/" + id, changed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("stage").asText()).isEqualTo("BUILD");
        assertThat(api().token(founder.token())
                        .put("/api/v1/ventures/" + id, changed)
                        .status())
                .as("a change made on a version read before another")
                .isEqualTo(409);
        assertThat(api().token(other.token())
                        .send("DELETE", "/api/v1/ventures/" + id, null, null)
                        .status())
                .isEqualTo(403);

        // the global search finds it by its Russian name, and its hit says what it is
        JsonNode found = api().language("en")
                .get("/api/v1/search?type=venture&q=" + Api.encode("Тенгри " + mark))
                .json();
        assertThat(found.findValuesAsString("url")).contains("/ventures/" + id);
        assertThat(found.findValuesAsString("subtitle")).contains("Venture · Build · Kazakhstan");

        JsonNode where =
                api().get("/api/v1/ventures/countries?stage=BUILD&sdg=8").json();
        assertThat(where.get("KZ").asLong()).isPositive();
        assertThat(itemIds(api().get("/api/v1/ventures?countryGroup=sco-members&stage=BUILD&size=100")
                        .json()))
                .contains(String.valueOf(id));
        assertThat(itemIds(api().get("/api/v1/ventures?countryGroup=asean&stage=BUILD&size=100")
                        .json()))
                .doesNotContain(String.valueOf(id));
        JsonNode kazakh = api().get("/api/v1/ventures?country=KZ&stage=BUILD&sdg=8&size=100")
                .json();
        assertThat(itemIds(kazakh)).contains(String.valueOf(id));
        assertThat(itemIds(api().get("/api/v1/ventures?country=KZ&stage=MATURE&size=100")
                        .json()))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void aSectorIsAnIsicSectionOrDivisionAndASectionTakesInItsDivisions() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("founder");
        Map<String, Object> cars = venture("Chongqing Car Seat Covers " + mark, null, null, null);
        cars.put("sector", "C29");
        long division = Long.parseLong(created(founder.token(), "/api/v1/ventures", cars));
        Map<String, Object> workshop = venture("Chongqing Metal Workshop " + mark, null, null, null);
        workshop.put("sector", "c");
        long section = Long.parseLong(created(founder.token(), "/api/v1/ventures", workshop));
        Map<String, Object> shop = venture("Chongqing Moto Repair " + mark, null, null, null);
        shop.put("sector", "G45");
        long other = Long.parseLong(created(founder.token(), "/api/v1/ventures", shop));

        Map<String, List<Long>> expected = Map.of(
                "C", List.of(division, section),
                "C29", List.of(division),
                "C2", List.of(),
                "G", List.of(other));
        expected.forEach((sector, ids) -> assertThat(
                        itemIds(api().get("/api/v1/ventures?size=100&sector=" + sector)
                                        .json())
                                .stream()
                                .map(Long::valueOf)
                                .filter(id -> id == division || id == section || id == other)
                                .toList())
                .as(sector)
                .containsExactlyInAnyOrderElementsOf(ids));
        assertThat(org.jsoup.Jsoup.parse(api().language("ru")
                                .get("/ventures/" + division)
                                .body())
                        .select("#sector")
                        .text())
                .isEqualTo("C · Обрабатывающая промышленность › "
                        + "C29 · Производство автотранспортных средств, прицепов и полуприцепов");

        Map<String, Object> unknown = venture("Chongqing Nothing " + mark, null, null, null);
        unknown.put("sector", "C99");
        Api.Response refused = api().token(founder.token()).post("/api/v1/ventures", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("sector");
    }

    @Test
    void anAlliancesListHoldsItsMembersGraduatesVentures() {
        AllianceSetting s = allianceSetting("Venture Filter Alliance");
        Map<String, Object> graduates = venture("Steppe Welding Lab", null, null, null);
        graduates.put("collegeId", s.college());
        long ofMember = Long.parseLong(created(newUser("graduate").token(), "/api/v1/ventures", graduates));
        long elsewhere = Long.parseLong(
                created(s.outsider().token(), "/api/v1/ventures", venture("Steppe Wool Felt", null, null, null)));
        for (String filter : List.of("alliance=" + s.alliance(), "college=" + s.college())) {
            List<String> ids =
                    itemIds(api().get("/api/v1/ventures?size=100&" + filter).json());
            assertThat(ids).as(filter).contains(String.valueOf(ofMember)).doesNotContain(String.valueOf(elsewhere));
        }
        assertThat(api().get("/ventures/" + ofMember).body())
                .contains("href=\"/ventures?college=" + s.college() + "\"");
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        TestUser founder = newUser("founder");
        long before = api().get("/api/v1/ventures?size=1").json().get("total").asLong();
        Map<String, Object> bad = venture("Bad Input Venture", null, "javascript:alert(1)", "№ 1!");
        bad.put("name", Map.of("xx-not-a-language", "Bad"));
        bad.put("sdgs", List.of(4, 18));
        bad.put("readinessLevel", 4);
        bad.put("founded", "1922-01-01");
        bad.put("sector", "Z");
        bad.put("country", "XX");
        Api.Response refused = api().token(founder.token()).language("ru").post("/api/v1/ventures", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "name",
                        "website",
                        "country",
                        "founded",
                        "registrationNumber",
                        "sector",
                        "sdgs",
                        "readinessLevel");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .contains(
                        "Неизвестная цель устойчивого развития 18: цели пронумерованы от 1 до 17.",
                        "Уровень готовности технологии бывает только у инновации.",
                        "Дата основания должна быть между 1950 годом и сегодняшним днём.");
        Api.Response notJson =
                api().token(founder.token()).send("POST", "/api/v1/ventures", "application/json", "{\"kind\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/ventures?size=1").json().get("total").asLong())
                .isEqualTo(before);
    }
}
