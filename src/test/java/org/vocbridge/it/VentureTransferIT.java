package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ventures in and out of spreadsheets: a dry run first, duplicates caught, Crunchbase's columns read, formulas inert. */
class VentureTransferIT extends IntegrationTest {

    @Test
    void aFileIsCheckedRowByRowThenImportedWithTheBadRowsLeftOut() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("importer");
        long recorded = Long.parseLong(created(
                founder.token(),
                "/api/v1/ventures",
                VenturesIT.venture("Charyn Canyon Tours " + mark, null, null, null)));
        String csv = "kind,name_en,name_ru,pitch_en,country,city,founded,sector,sdgs,stage\n"
                + "VENTURE,Kolsai Lake Boats " + mark + ",,Boats for hire on the lakes.,KZ,Saty,2023-05,R,8 14,BUILD\n"
                + "VENTURE,Bad Country " + mark + ",,Nowhere.,XX,,2023,,,BUILD\n"
                + "VENTURE,,Чарын Каньон Турс " + mark + ",Tours again.,KZ,,,,,VALIDATE\n"
                + "VENTURE,Kolsai Lake Boat " + mark + ",,The first row once more.,KZ,,,,,BUILD\n"
                + "VENTURE,Tamgaly Rock Art Guides " + mark + ",,Guides to the petroglyphs.,KZ,,1922,,,SOMEWHERE\n";
        long before = total();

        Api.Response checked = api().token(founder.token())
                .language("en")
                .upload("/api/v1/ventures/import", "ventures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        JsonNode report = checked.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("rows").asInt()).isEqualTo(5);
        assertThat(report.get("validRows").asInt()).isEqualTo(1);
        List<String> where = report.get("problems")
                .valueStream()
                .map(p -> p.get("row").asInt() + ":" + p.get("column").asText() + ":"
                        + p.get("code").asText())
                .toList();
        assertThat(where)
                .contains(
                        "3:country:error.country.unknown",
                        "4::error.import.ventureRecorded",
                        "5::error.import.ventureAbove",
                        "6:stage:error.import.unknownValue");
        assertThat(report.get("problems")
                        .valueStream()
                        .filter(p -> p.get("row").asInt() == 4)
                        .findFirst()
                        .orElseThrow()
                        .get("args")
                        .get(0)
                        .asLong())
                .isEqualTo(recorded);
        assertThat(total()).as("a dry run stores nothing").isEqualTo(before);
        Api.Response blocked = api().token(founder.token())
                .upload(
                        "/api/v1/ventures/import?dryRun=false",
                        "ventures.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertThat(blocked.json().get("imported"))
                .as("bad rows block the import")
                .isEmpty();
        assertThat(total()).isEqualTo(before);

        Api.Response imported = api().token(founder.token())
                .upload(
                        "/api/v1/ventures/import?dryRun=false&skipInvalid=true",
                        "ventures.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("imported")).hasSize(1);
        long id = imported.json().get("imported").get(0).asLong();
        JsonNode boats = api().get("/api/v1/ventures/" + id).json();
        assertThat(boats.get("name").get("en").asText()).isEqualTo("Kolsai Lake Boats " + mark);
        assertThat(boats.get("founded").asText()).isEqualTo("2023-05-01");
        assertThat(boats.get("sdgs").toString()).isEqualTo("[8,14]");
        assertThat(total()).isEqualTo(before + 1);
        // the importer keeps what was imported
        Map<String, Object> team = Map.of("name", "Importer " + mark, "role", "FOUNDER");
        assertThat(api().token(founder.token())
                        .post("/api/v1/ventures/" + id + "/team", team)
                        .status())
                .isEqualTo(201);
        assertThat(api().upload("/api/v1/ventures/import", "v.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void crunchbasesOrganizationExportIsRead() {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("importer");
        String csv = "Organization Name,Organization Name URL,Industries,Headquarters Location,Description,"
                + "Website,Founded Date,Last Funding Type,Legal Name\n"
                + "\"Tashkent Textile Lab " + mark
                + "\",https://www.crunchbase.com/organization/x,\"Textiles, Fashion\","
                + "\"Tashkent, Toshkent Shahri, Uzbekistan\",Knitting machines rented by the hour.,"
                + "https://textile-" + mark + ".example.uz,2021-03-15,Seed,\"Tashkent Textile Lab LLC " + mark + "\"\n";
        Api.Response imported = api().token(founder.token())
                .upload(
                        "/api/v1/ventures/import?dryRun=false",
                        "crunchbase.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("problems")).as(imported.body()).isEmpty();
        JsonNode lab = api().get("/api/v1/ventures/"
                        + imported.json().get("imported").get(0).asLong())
                .json();
        assertThat(lab.get("country").asText()).isEqualTo("UZ");
        assertThat(lab.get("city").asText()).isEqualTo("Tashkent");
        assertThat(lab.get("stage").asText()).isEqualTo("BUILD");
        assertThat(lab.get("founded").asText()).isEqualTo("2021-03-15");
        assertThat(lab.get("pitch").get("en").asText()).isEqualTo("Knitting machines rented by the hour.");
        assertThat(lab.get("alsoKnownAs").toString()).contains("Tashkent Textile Lab LLC " + mark);
    }

    @Test
    void theExportIsFilteredLikeTheListAndItsFormulasAreInert() throws Exception {
        String mark = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        TestUser founder = newUser("exporter");
        Map<String, Object> risky = VenturesIT.venture("=HYPERLINK(\"http://evil.example\") " + mark, null, null, null);
        risky.put("pitch", Map.of("en", "+1 formula " + mark));
        risky.put("country", "TJ");
        long id = Long.parseLong(created(founder.token(), "/api/v1/ventures", risky));

        Api.Response csv = api().get("/api/v1/ventures/export?format=csv&country=TJ");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ventures.csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.body().replace("\uFEFF", "")))
                .getRecords();
        CSVRecord row = records.stream()
                .filter(r -> r.get("id").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name_en")).isEqualTo("'=HYPERLINK(\"http://evil.example\") " + mark);
        assertThat(row.get("pitch_en")).isEqualTo("'+1 formula " + mark);
        assertThat(records).allSatisfy(r -> assertThat(r.get("country")).isEqualTo("TJ"));
        Api.Response xlsx = api().get("/api/v1/ventures/export?format=xlsx&country=TJ");
        assertThat(xlsx.raw().headers().firstValue("Content-Type").orElseThrow())
                .contains("spreadsheetml");
    }

    private long total() {
        return api().get("/api/v1/ventures?size=1").json().get("total").asLong();
    }
}
