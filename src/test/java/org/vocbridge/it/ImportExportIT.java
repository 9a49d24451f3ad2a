package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import tools.jackson.databind.JsonNode;

/** Importing organizations from CSV and XLSX with a dry run, and exporting them safely. */
class ImportExportIT extends IntegrationTest {

    long total(String query) {
        return api().get("/api/v1/organizations?size=1&q=" + Api.encode(query))
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImportedUnlessTheUserSkipsThem() {
        TestUser editor = newUser("importer");
        String tag = "imp" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "kind,name_zh,name_en,name_lo,country,fields,occupations\n"
                + "VOCATIONAL_COLLEGE,琅勃拉邦职业学院,Luang Prabang Vocational College " + tag
                + ",ວິທະຍາໄລ,LA,0715 0716,7231\n"
                + "UNIVERSITY,,Nowhere University " + tag + ",,XX,,\n"
                + "SCHOOL,学校,School " + tag + ",,CN,,\n"
                + "ENTERPRISE,企业,Enterprise " + tag + ",,CN,0000,99999\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode dryRun = api().token(editor.token())
                .upload("/api/v1/organizations/import?dryRun=true", "orgs.csv", file)
                .json();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(4);
        assertThat(dryRun.get("validRows").asInt()).isEqualTo(1);
        assertThat(dryRun.get("imported").asInt()).isZero();
        List<String> problems = new ArrayList<>();
        dryRun.get("problems")
                .forEach(p -> problems.add(p.get("row").asInt() + ":"
                        + p.get("column").asText() + ":" + p.get("code").asText()));
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "3:country:error.country.unknown",
                        "4:kind:error.kind.unknown",
                        "5:fields:error.isced.unknown",
                        "5:occupations:error.isco.unknown");
        assertThat(total(tag)).isZero();

        JsonNode blocked = api().token(editor.token())
                .upload("/api/v1/organizations/import?dryRun=false", "orgs.csv", file)
                .json();
        assertThat(blocked.get("imported").asInt()).isZero();
        assertThat(total(tag)).isZero();

        JsonNode skipped = api().token(editor.token())
                .upload("/api/v1/organizations/import?dryRun=false&skipInvalid=true", "orgs.csv", file)
                .json();
        assertThat(skipped.get("imported").asInt()).isEqualTo(1);
        JsonNode imported = api().get("/api/v1/organizations?q=" + Api.encode("Luang Prabang " + tag))
                .json()
                .get("items")
                .get(0);
        assertThat(imported.get("name").get("lo").asText()).isEqualTo("ວິທະຍາໄລ");
        assertThat(imported.get("fields").toString()).contains("0715", "0716");
        assertThat(api().upload("/api/v1/organizations/import", "orgs.csv", file)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void xlsxImportsAndAFileThatIsNoTableIsRefused() throws IOException {
        TestUser editor = newUser("importer");
        String tag = "x" + UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Spreadsheet.write(
                xlsx,
                Spreadsheet.Format.XLSX,
                List.of("kind", "name_en", "name_km", "country"),
                List.of(List.of(
                        "VOCATIONAL_COLLEGE", "Phnom Penh Polytechnic " + tag, "វិទ្យាស្ថានពហុបច្ចេកទេស", "KH")));
        JsonNode report = api().token(editor.token())
                .upload("/api/v1/organizations/import?dryRun=false", "orgs.xlsx", xlsx.toByteArray())
                .json();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(total(tag)).isEqualTo(1);

        Api.Response notATable = api().token(editor.token())
                .upload("/api/v1/organizations/import", "orgs.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notATable.status()).isEqualTo(400);
        assertThat(notATable.json().get("errors").get(0).get("code").asText()).isEqualTo("error.import.unreadable");
        assertThat(api().token(editor.token())
                        .upload("/api/v1/organizations/import", "orgs.pdf", new byte[] {1})
                        .status())
                .isEqualTo(400);
    }

    @Test
    void exportsAreSafeAgainstFormulaInjectionAndCanBeImportedAgain() throws IOException {
        TestUser editor = newUser("exporter");
        String tag = "e" + UUID.randomUUID().toString().substring(0, 6);
        String formula = "=HYPERLINK(\"http://evil.example\",\"" + tag + "\")";
        api().token(editor.token())
                .post(
                        "/api/v1/organizations",
                        Map.of(
                                "kind",
                                "ENTERPRISE",
                                "country",
                                "MN",
                                "name",
                                Map.of("en", formula, "ru", "Улан-Батор " + tag)));

        Api.Response csv = api().get("/api/v1/organizations/export?format=csv&country=MN&q=" + tag);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK")
                .contains("Улан-Батор " + tag);

        Api.Response xlsx = api().get("/api/v1/organizations/export?format=xlsx&country=MN&q=" + tag);
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            int nameEn = rows.get(0).getCellText(3).equals("name_en") ? 3 : -1;
            assertThat(nameEn).isEqualTo(3);
            assertThat(rows.get(1).getCell(nameEn).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(nameEn)).isEqualTo(formula);
        }

        // the exported file is an import file: the same organization comes back as a new record
        JsonNode again = api().token(editor.token())
                .upload(
                        "/api/v1/organizations/import?dryRun=true",
                        "export.xlsx",
                        xlsx.raw().body())
                .json();
        assertThat(again.get("validRows").asInt()).isEqualTo(1);
        assertThat(again.get("problems").size()).isZero();
    }
}
