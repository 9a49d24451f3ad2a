package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.taxonomy.domain.EscoOccupations;
import org.vocbridge.testing.ReferenceData;
import tools.jackson.databind.JsonNode;

/**
 * An admin imports ESCO v1.1.1's skills and occupation–skill relations from its official download
 * ({@code ../shared/data/esco/v1.1.1}, the zips as published) beside the occupations imported from
 * {@code ../shared/data/esco/occupations_en.csv}; the download's quirks are listed, not fatal.
 */
class EscoSkillsIT extends IntegrationTest {

    static final String THERAPEUTIC_RADIOGRAPHER =
            "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";
    static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    private static JsonNode skills;
    private static JsonNode relations;

    @Autowired
    EscoOccupations occupations;

    void imported() throws Exception {
        imported(this, occupations);
    }

    /**
     * ESCO's occupations (v1.0's file) and v1.1.1's two zips imported once for the run, the skills
     * first, then the relations; for any test that needs ESCO's skills.
     */
    static synchronized void imported(IntegrationTest test, EscoOccupations occupations) throws Exception {
        if (occupations.countUnder("") == 0) {
            test.api()
                    .token(test.adminToken())
                    .upload(
                            "/api/v1/esco/occupations/import?language=en",
                            "occupations_en.csv",
                            Files.readAllBytes(ReferenceData.require("esco/occupations_en.csv")));
        }
        if (skills == null) {
            long started = System.nanoTime();
            skills = upload(test, "esco-v1.1.1-classification-en-csv.zip");
            relations = upload(test, "esco-v1.1.1-relations-csv.zip");
            System.out.printf(
                    "ESCO v1.1.1 skills and relations imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static JsonNode upload(IntegrationTest test, String zip) throws Exception {
        Api.Response response = test.api()
                .token(test.adminToken())
                .upload(
                        "/api/v1/esco/skills/import",
                        zip,
                        "application/zip",
                        Files.readAllBytes(ReferenceData.require("esco/v1.1.1/" + zip)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode file(JsonNode result, String name) {
        for (JsonNode f : result.get("files")) {
            if (f.get("file").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in " + result);
    }

    private static Map<String, Integer> rowsByCode(JsonNode file) {
        Map<String, Integer> rows = new HashMap<>();
        file.get("problems")
                .forEach(p -> rows.merge(p.get("code").asText(), p.get("rows").asInt(), Integer::sum));
        return rows;
    }

    @Test
    void theOfficialDownloadImportsEverySkillAndRelationAndListsItsQuirks() throws Exception {
        imported();
        assertThat(skills.get("escoVersion").asText()).as("from the zip's name").isEqualTo("1.1.1");
        JsonNode skillsFile = file(skills, "skills_en.csv");
        assertThat(skillsFile.get("imported").asInt()).isEqualTo(13_896);
        Map<String, Integer> skillProblems = rowsByCode(skillsFile);
        assertThat(skillProblems).containsEntry("error.esco.skillType", 6).containsKey("error.esco.invisible");
        List<String> notRead = new ArrayList<>();
        skills.get("notRead").forEach(n -> notRead.add(n.asText()));
        assertThat(notRead).contains("occupations_en.csv", "skillGroups_en.csv");

        JsonNode relationsFile = file(relations, "occupationSkillRelations.csv");
        assertThat(relationsFile.get("imported").asInt()
                        + relationsFile.get("problemCount").asInt())
                .as("every row either imported or listed")
                .isEqualTo(123_855);
        // occupations_en.csv (v1.0) lacks 68 occupations that v1.1.1 relates, and still has the one
        // v1.1.1 dropped (therapeutic radiographer), whose relations are therefore kept
        assertThat(rowsByCode(relationsFile)).containsExactlyEntriesOf(Map.of("error.esco.unknownOccupation", 3036));
        assertThat(api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(THERAPEUTIC_RADIOGRAPHER))
                        .json())
                .hasSize(67);

        // a welder's skills, essential ones first, with their English labels
        JsonNode welder = api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(WELDER))
                .json();
        Map<String, Boolean> essential = new HashMap<>();
        welder.forEach(s -> essential.put(
                s.get("skill").get("label").get("en").asText(),
                s.get("essential").asBoolean()));
        assertThat(essential).containsEntry("welding techniques", true).containsEntry("cutting technologies", true);
        assertThat(welder.get(0).get("essential").asBoolean()).isTrue();
        assertThat(welder.get(welder.size() - 1).get("essential").asBoolean()).isFalse();

        JsonNode release = api().get("/api/v1/esco/release").json();
        assertThat(release.get("version").asText()).isEqualTo("1.1.1");
        assertThat(release.get("escoSkills").asLong()).isGreaterThanOrEqualTo(13_896);
        WebSession admin = new WebSession(baseUrl());
        admin.signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/admin/esco", "Accept-Language", "ru").body()).contains("ESCO 1.1.1, импорт");
    }

    @Test
    void anotherLanguageAndTheNewerHeaderUpdateWhatIsThereAndAFileReplacesAnOccupationsRelations() throws Exception {
        imported();
        JsonNode someSkills = api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(WELDER))
                .json();
        String skill = someSkills.get(0).get("skill").get("uri").asText();
        String other = someSkills.get(1).get("skill").get("uri").asText();
        String russian = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel\n" + "KnowledgeSkillCompetence,"
                + skill + ",knowledge,sector-specific,\"техника\u200b сварки\"\n"
                + "KnowledgeSkillCompetence," + other + ",knowledge,sector-specific,Техника сварки\n";
        JsonNode ru = api().token(adminToken())
                .upload(
                        "/api/v1/esco/skills/import?version=1.2.0",
                        "skills_ru.csv",
                        "text/csv",
                        russian.getBytes(StandardCharsets.UTF_8))
                .json();
        assertThat(file(ru, "skills_ru.csv").get("imported").asInt()).isEqualTo(2);
        assertThat(rowsByCode(file(ru, "skills_ru.csv")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("error.esco.invisible", 1, "error.esco.duplicateLabel", 1));
        JsonNode labels = api().get("/api/v1/skills?uri=" + Api.encode(skill))
                .json()
                .get(0)
                .get("label");
        assertThat(labels.get("ru").asText()).isEqualTo("техника сварки");
        assertThat(labels.has("en")).as("the English label stays").isTrue();

        // v1.2's header with labels, read by name: the occupation's relations are those of the file
        String occupation = api()
                .get("/api/v1/esco/occupations?isco=7212&size=50")
                .json()
                .get("items")
                .findValuesAsString("uri")
                .stream()
                .filter(u -> !u.equals(WELDER))
                .findFirst()
                .orElseThrow();
        String v12 = "occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\r\n"
                + occupation + ",some welder,optional,knowledge," + skill + ",\"a label\nover two lines\"\r\n"
                + occupation + ",some welder,essential,knowledge," + other + ",x\r\n"
                + occupation + ",some welder,essential,knowledge,http://data.europa.eu/esco/skill/nope,x\r\n";
        JsonNode replaced = api().token(adminToken())
                .upload(
                        "/api/v1/esco/skills/import?version=1.2.0",
                        "occupationSkillRelations_en.csv",
                        "text/csv",
                        v12.getBytes(StandardCharsets.UTF_8))
                .json();
        assertThat(rowsByCode(file(replaced, "occupationSkillRelations_en.csv")))
                .containsExactlyEntriesOf(Map.of("error.esco.unknownSkill", 1));
        JsonNode now = api().get("/api/v1/skills/of-occupations?occupation=" + Api.encode(occupation))
                .json();
        assertThat(now).hasSize(2);
        assertThat(now.get(0).get("skill").get("uri").asText()).isEqualTo(other);
        assertThat(now.get(0).get("essential").asBoolean()).isTrue();
        assertThat(now.get(1).get("essential").asBoolean()).isFalse();
    }

    @Test
    void onlyAdminsImportOrAddSkillsAndBadFilesChangeNothing() throws Exception {
        imported();
        TestUser editor = newUser("skills-editor");
        String header = "conceptType,conceptUri,preferredLabel\n";
        assertThat(api().token(editor.token())
                        .upload(
                                "/api/v1/esco/skills/import?version=1.1.1",
                                "skills_en.csv",
                                "text/csv",
                                header.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        String before =
                api().get("/api/v1/esco/release").json().get("importedAt").asText();
        Api.Response noColumns = api().token(adminToken())
                .language("zh")
                .upload(
                        "/api/v1/esco/skills/import?version=1.1.1",
                        "skills_en.csv",
                        "text/csv",
                        "name,code\nwelding,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(CooperationIT.errorCodes(noColumns)).containsExactly("error.esco.fileColumns");
        assertThat(noColumns.body()).contains("skills_en.csv");
        Api.Response noVersion = api().token(adminToken())
                .upload(
                        "/api/v1/esco/skills/import",
                        "skills_en.csv",
                        "text/csv",
                        header.getBytes(StandardCharsets.UTF_8));
        assertThat(CooperationIT.errorCodes(noVersion)).containsExactly("error.esco.version");
        Api.Response notEsco = api().token(adminToken())
                .upload(
                        "/api/v1/esco/skills/import?version=1.1.1",
                        "notes.csv",
                        "text/csv",
                        header.getBytes(StandardCharsets.UTF_8));
        assertThat(CooperationIT.errorCodes(notEsco)).containsExactly("error.esco.noSkillFiles");
        assertThat(api().get("/api/v1/esco/release").json().get("importedAt").asText())
                .isEqualTo(before);

        // a local skill where ESCO has none, in three languages
        Map<String, Object> draft = Map.of(
                "type",
                "SKILL",
                "name",
                Map.of(
                        "zh",
                        "高铁接触网维护",
                        "en",
                        "high-speed railway catenary maintenance",
                        "ru",
                        "обслуживание контактной сети ВСМ"));
        assertThat(api().token(editor.token()).post("/api/v1/skills", draft).status())
                .isEqualTo(403);
        Api.Response refused =
                api().token(adminToken()).post("/api/v1/skills", Map.of("type", "SKILL", "name", Map.of()));
        assertThat(CooperationIT.errorCodes(refused)).containsExactly("error.required");
        Api.Response added = api().token(adminToken()).post("/api/v1/skills", draft);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String uri = added.json().get("uri").asText();
        assertThat(uri).startsWith("urn:vocbridge:skill:");
        JsonNode read =
                api().get("/api/v1/skills?uri=" + Api.encode(uri)).json().get(0);
        assertThat(read.get("label").get("zh").asText()).isEqualTo("高铁接触网维护");
        assertThat(read.get("escoVersion").isNull()).isTrue();
    }
}
