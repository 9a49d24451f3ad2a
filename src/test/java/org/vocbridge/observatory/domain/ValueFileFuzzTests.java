package org.vocbridge.observatory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;

/**
 * Fuzzing of a data steward's value uploads: CSV or XLSX in the tidy layout, and SDMX-CSV. A file is
 * unreadable, or each of its rows is read or reported with its row number; nothing else is thrown.
 * Without {@code JAZZER_FUZZ} these run the committed inputs as regression tests (see fuzz/README.md).
 */
class ValueFileFuzzTests {

    private static final Set<String> DIMENSIONS = Set.of("sex", "age", "level", "field", "location");

    @FuzzTest(maxDuration = "30s")
    void anyTidyFileIsReadOrReportedRowByRow(byte[] file) {
        readEveryRowOrReportIt(file, UploadLayout.TIDY);
    }

    @FuzzTest(maxDuration = "30s")
    void anySdmxCsvFileIsReadOrReportedRowByRow(byte[] file) {
        readEveryRowOrReportIt(file, UploadLayout.SDMX_CSV);
    }

    private static void readEveryRowOrReportIt(byte[] file, UploadLayout layout) {
        // a ZIP signature is an XLSX workbook, anything else is read as CSV, as the upload's file name would say
        Spreadsheet.Format format =
                file.length > 1 && file[0] == 'P' && file[1] == 'K' ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV;
        List<Spreadsheet.DataRow> rows;
        try {
            rows = Spreadsheet.read(new ByteArrayInputStream(file), format);
        } catch (UnreadableSpreadsheetException unreadable) {
            return;
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ValueFile.Row> read = ValueFile.read(rows, layout, DIMENSIONS, problems);
        if (rows.isEmpty()) {
            assertThat(problems).isNotEmpty();
        }
        assertThat(problems).allSatisfy(problem -> assertThat(problem.row()).isPositive());
        assertThat(read).allSatisfy(row -> assertThat(row.value()).isNotNull());
        assertThat(read.size()).isLessThanOrEqualTo(rows.size());
    }
}
