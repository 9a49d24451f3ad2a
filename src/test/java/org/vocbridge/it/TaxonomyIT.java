package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Countries, country groups and classifications through the API and pages. */
class TaxonomyIT extends IntegrationTest {

    @Test
    void countriesAreNamedInTheReadersLanguage() {
        JsonNode zh = api().language("zh").get("/api/v1/countries").json();
        JsonNode ru = api().language("ru").get("/api/v1/countries").json();
        assertThat(zh.size()).isEqualTo(ru.size()).isGreaterThanOrEqualTo(249);
        assertThat(name(zh, "LA")).isEqualTo("老挝");
        assertThat(name(ru, "KZ")).isEqualTo("Казахстан");
    }

    static String name(JsonNode countries, String code) {
        for (JsonNode c : countries) {
            if (c.get("code").asText().equals(code)) {
                return c.get("name").asText();
            }
        }
        return null;
    }

    @Test
    void countryGroupsComeOnceEachWithTheirMembers() {
        List<String> codes = new ArrayList<>();
        for (JsonNode group : api().get("/api/v1/country-groups").json()) {
            codes.add(group.get("code").asText());
            assertThat(group.get("members").size()).as(group.toString()).isPositive();
        }
        assertThat(codes).contains("sco-members", "asean").doesNotHaveDuplicates();
    }

    @Test
    void groupsKnowWhoBelongsWhen() {
        JsonNode sco = api().get("/api/v1/country-groups/sco-members").json();
        List<String> current = new ArrayList<>();
        sco.get("currentMembers").forEach(c -> current.add(c.asText()));
        assertThat(current).contains("CN", "RU", "KZ", "IR", "BY").doesNotContain("MN");
        JsonNode observers = api().get("/api/v1/country-groups/sco-observers").json();
        assertThat(observers.get("currentMembers").toString()).contains("MN").doesNotContain("\"IR\"");
        assertThat(observers.get("members").toString()).contains("\"IR\"");
        assertThat(api().get("/country-groups").body()).contains("Belarus", "2024-07-04");
    }

    @Test
    void onlyAdminsEditGroupsAndEveryEditIsAudited() {
        Map<String, Object> group = Map.of(
                "name", Map.of("en", "Central Asia", "zh", "中亚", "ru", "Центральная Азия"),
                "members",
                        List.of(
                                Map.of("country", "KZ"),
                                Map.of("country", "KG"),
                                Map.of("country", "TJ"),
                                Map.of("country", "TM"),
                                Map.of("country", "UZ")));
        TestUser user = newUser("plain");
        assertThat(api().token(user.token())
                        .put("/api/v1/country-groups/central-asia", group)
                        .status())
                .isEqualTo(403);

        String admin = adminToken();
        Api.Response saved = api().token(admin).put("/api/v1/country-groups/central-asia", group);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("currentMembers").size()).isEqualTo(5);
        assertThat(api().get("/api/v1/organizations?size=1&group=central-asia")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(api().get("/api/v1/organizations?size=1&country=KZ")
                                .json()
                                .get("total")
                                .asLong()
                        + api().get("/api/v1/organizations?size=1&country=KG")
                                .json()
                                .get("total")
                                .asLong()
                        + api().get("/api/v1/organizations?size=1&country=TJ")
                                .json()
                                .get("total")
                                .asLong()
                        + api().get("/api/v1/organizations?size=1&country=TM")
                                .json()
                                .get("total")
                                .asLong()
                        + api().get("/api/v1/organizations?size=1&country=UZ")
                                .json()
                                .get("total")
                                .asLong());

        Api.Response bad = api().token(admin)
                .put(
                        "/api/v1/country-groups/central-asia",
                        Map.of(
                                "name",
                                Map.of("en", "x"),
                                "members",
                                List.of(
                                        Map.of("country", "ZZ"),
                                        Map.of("country", "KZ", "from", "2020-01-01", "to", "2019-01-01"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("error.country.unknown", "error.dates.order");
        assertThat(api().get("/api/v1/country-groups/central-asia")
                        .json()
                        .get("currentMembers")
                        .size())
                .isEqualTo(5);

        JsonNode audit = api().token(admin)
                .get("/api/v1/audit?recordType=country-group&recordId=central-asia")
                .json();
        assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("create");
    }

    @Test
    void classificationsAreServedAtEveryLevel() {
        assertThat(api().get("/api/v1/taxonomies/isco-08").json().size()).isEqualTo(619);
        assertThat(api().get("/api/v1/taxonomies/isco-08?level=1").json().size())
                .isEqualTo(10);
        assertThat(api().language("zh")
                        .get("/api/v1/taxonomies/isco-08/2")
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("专业人员");
        assertThat(api().language("ru")
                        .get("/api/v1/taxonomies/isced-f/07")
                        .json()
                        .get("title")
                        .asText())
                .startsWith("Инженерное дело");
        assertThat(api().get("/api/v1/taxonomies/isced-f/0715")
                        .json()
                        .get("parent")
                        .asText())
                .isEqualTo("071");
        assertThat(api().get("/api/v1/taxonomies/isco-08/12345").status()).isEqualTo(404);
    }
}
