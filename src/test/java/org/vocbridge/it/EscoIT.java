package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import org.vocbridge.testing.ReferenceData;
import tools.jackson.databind.JsonNode;

/**
 * An admin imports ESCO's own occupations CSV ({@code ../shared/data/esco/occupations_en.csv}, 2,942
 * occupations); resources are then tagged with ESCO occupations and found by their ISCO groups.
 */
class EscoIT extends IntegrationTest {

    @Autowired
    EscoOccupations esco;

    synchronized void imported() throws Exception {
        if (esco.countUnder("") == 0) {
            Api.Response response = api().token(adminToken())
                    .upload(
                            "/api/v1/esco/occupations/import?language=en",
                            "occupations_en.csv",
                            Files.readAllBytes(ReferenceData.require("esco/occupations_en.csv")));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }

    @Test
    void theOfficialCsvImportsEveryOccupationUnderItsIscoGroupAndImportingAgainUpdates() throws Exception {
        imported();
        long total = esco.countUnder("");
        assertThat(total).isEqualTo(2942);
        JsonNode welders =
                api().get("/api/v1/esco/occupations?isco=7212&size=200").json();
        List<String> labels = new ArrayList<>();
        welders.get("items").forEach(o -> labels.add(o.get("label").get("en").asText()));
        assertThat(labels).contains("welder");
        welders.get("items")
                .forEach(o -> assertThat(o.get("iscoGroup").asText()).isEqualTo("7212"));
        assertThat(api().get("/api/v1/esco/occupations?isco=72&size=1")
                        .json()
                        .get("total")
                        .asLong())
                .isGreaterThan(welders.get("total").asLong());

        // a second import of the same file updates, and a Russian label joins the English one
        String welderUri = welders.get("items").get(0).get("uri").asText();
        String russian = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
                + "Occupation," + welderUri + ",7212,сварщик,\"газосварщик\nэлектросварщик\"\n"
                + "Occupation,http://data.europa.eu/esco/occupation/not-real,9999,ghost,\n"
                + "Occupation,http://example.org/occupation/1,7212,outsider,\n";
        JsonNode result = api().token(adminToken())
                .upload(
                        "/api/v1/esco/occupations/import?language=ru",
                        "occupations_ru.csv",
                        russian.getBytes(StandardCharsets.UTF_8))
                .json();
        assertThat(result.get("created").asInt()).isZero();
        assertThat(result.get("updated").asInt()).isEqualTo(1);
        List<String> codes = new ArrayList<>();
        result.get("skipped").forEach(s -> codes.add(s.get("code").asText()));
        assertThat(codes).containsExactly("error.isco.unknown", "error.esco.uri");
        assertThat(esco.all(List.of(welderUri)).get(0).label().values())
                .containsKeys("en", "ru")
                .containsEntry("ru", "сварщик");
        assertThat(esco.countUnder("")).isEqualTo(total);
    }

    @Test
    void onlyAdminsImportAndAFileWithoutEscosColumnsIsRefused() throws Exception {
        TestUser editor = newUser("esco-editor");
        assertThat(api().token(editor.token())
                        .upload(
                                "/api/v1/esco/occupations/import",
                                "x.csv",
                                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        Api.Response refused = api().token(adminToken())
                .upload(
                        "/api/v1/esco/occupations/import",
                        "x.csv",
                        "name,code\nwelder,7212\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.esco.columns");
    }

    @Test
    void aResourceTaggedWithAnEscoOccupationIsFoundByItsIscoGroup() throws Exception {
        imported();
        String welder = api().get("/api/v1/esco/occupations?isco=7212&size=1")
                .json()
                .get("items")
                .get(0)
                .get("uri")
                .asText();
        TestUser editor = newUser("esco-resource");
        long college = newOrganization(editor, "VOCATIONAL_COLLEGE", "KG", Map.of("en", "ESCO Test College"));
        Map<String, Object> draft = LibraryIT.draft("COURSE", "Underwater welding course", college, null);
        draft.put("occupations", List.of());
        draft.put("escoOccupations", List.of(welder));
        long id = api().token(editor.token())
                .post("/api/v1/resources", draft)
                .json()
                .get("id")
                .asLong();
        api().token(adminToken()).post("/api/v1/resources/" + id + "/review", Map.of("decision", "PUBLISH"));
        JsonNode resource = api().get("/api/v1/resources/" + id).json();
        assertThat(resource.get("occupations").get(0).asText()).isEqualTo("7212");
        assertThat(resource.get("escoOccupations").get(0).get("uri").asText()).isEqualTo(welder);
        List<Long> found = new ArrayList<>();
        api().get("/api/v1/resources?occupation=721&size=100")
                .json()
                .get("items")
                .forEach(i -> found.add(i.get("id").asLong()));
        assertThat(found).contains(id);

        // a person too: the ESCO occupation's ISCO group joins the person's occupations
        Map<String, Object> person = Map.of(
                "name", Map.of("en", "Aibek Welder"),
                "country", "KG",
                "affiliations", List.of(college),
                "escoOccupations", List.of(welder));
        JsonNode created =
                api().token(editor.token()).post("/api/v1/people", person).json();
        assertThat(created.get("occupations").get(0).asText()).isEqualTo("7212");
        assertThat(created.get("escoOccupations").get(0).asText()).isEqualTo(welder);
        assertThat(api().get("/people/" + created.get("id").asLong()).body()).contains(welder);

        // and a venture: its page links the ESCO occupation by its label
        Map<String, Object> venture = VenturesIT.venture("Underwater Welding Works", null, null, null);
        venture.put("escoOccupations", List.of(welder));
        long ventureId = Long.parseLong(created(editor.token(), "/api/v1/ventures", venture));
        org.jsoup.nodes.Element esco = org.jsoup.Jsoup.parse(
                        api().language("en").get("/ventures/" + ventureId).body())
                .selectFirst("#esco-occupations");
        assertThat(esco).isNotNull();
        assertThat(esco.select("a").attr("href")).isEqualTo(welder);
        assertThat(esco.text()).contains("(ISCO 7212)");
        assertThat(esco.select("a").text()).isNotBlank().isNotEqualTo(welder);

        draft.put("escoOccupations", List.of("http://data.europa.eu/esco/occupation/unknown"));
        Api.Response refused = api().token(editor.token()).post("/api/v1/resources", draft);
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.esco.unknown");
    }
}
