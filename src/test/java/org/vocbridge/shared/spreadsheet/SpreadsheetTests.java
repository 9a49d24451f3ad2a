package org.vocbridge.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetTests {

    @Test
    void csvCellsThatWouldRunAsFormulasAreDefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(
                out,
                Spreadsheet.Format.CSV,
                List.of("name", "note"),
                List.of(
                        List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1"),
                        List.of("-2", "@SUM(A1)"),
                        List.of("ok", "")));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK", "'+1", "'-2", "'@SUM(A1)").doesNotContain(",=");
        assertThat(csv).contains("ok");
    }

    @Test
    void xlsxCellsAreAlwaysTextNeverFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(out, Spreadsheet.Format.XLSX, List.of("name"), List.of(List.of("=1+1"), List.of("长江工坊")));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("=1+1");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("长江工坊");
        }
    }

    @Test
    void readsCsvWithByteOrderMarkAndReportsSpreadsheetRowNumbers() {
        byte[] csv = "\uFEFFKind,Name_zh\nUNIVERSITY,天津职业技术师范大学\n\nENTERPRISE,雅迪\n".getBytes(StandardCharsets.UTF_8);
        List<Spreadsheet.DataRow> rows = Spreadsheet.read(new ByteArrayInputStream(csv), Spreadsheet.Format.CSV);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("kind")).isEqualTo("UNIVERSITY");
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(1).get("name_zh")).isEqualTo("雅迪");
        assertThat(rows.get(1).number()).isEqualTo(4);
    }

    @Test
    void aFileWithAControlCharacterIsRefusedAsAWhole() {
        byte[] csv = "kind,name_en\nUNIVERSITY,Tianjin\u0000\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Spreadsheet.read(new ByteArrayInputStream(csv), Spreadsheet.Format.CSV))
                .isInstanceOfSatisfying(UnreadableSpreadsheetException.class, e -> assertThat(e.code())
                        .isEqualTo("error.import.controlCharacter"));
        byte[] tabs = "kind,name_en\nUNIVERSITY,\"Tianjin\tTEVT\r\nUniversity\"\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Spreadsheet.read(new ByteArrayInputStream(tabs), Spreadsheet.Format.CSV)
                        .get(0)
                        .get("name_en"))
                .isEqualTo("Tianjin\tTEVT\r\nUniversity");
    }

    @Test
    void xlsxRoundTripKeepsEveryScript() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(
                out,
                Spreadsheet.Format.XLSX,
                List.of("kind", "name_lo", "name_ru"),
                List.of(List.of("RESEARCH_INSTITUTE", "ສະຖາບັນພັດທະນາອາຊີວະສຶກສາ", "Институт")));
        List<Spreadsheet.DataRow> rows =
                Spreadsheet.read(new ByteArrayInputStream(out.toByteArray()), Spreadsheet.Format.XLSX);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get("name_lo")).isEqualTo("ສະຖາບັນພັດທະນາອາຊີວະສຶກສາ");
            assertThat(row.get("name_ru")).isEqualTo("Институт");
        });
    }

    @Test
    void aFileThatIsNotATableIsRejectedWithAMessageCode() {
        byte[] notXlsx = "just text".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Spreadsheet.read(new ByteArrayInputStream(notXlsx), Spreadsheet.Format.XLSX))
                .isInstanceOfSatisfying(UnreadableSpreadsheetException.class, e -> assertThat(e.code())
                        .isEqualTo("error.import.unreadable"));
        assertThatThrownBy(() -> Spreadsheet.Format.ofFileName("organizations.exe"))
                .isInstanceOf(UnreadableSpreadsheetException.class);
    }
}
