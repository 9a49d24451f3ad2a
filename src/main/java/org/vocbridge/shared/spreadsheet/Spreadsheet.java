package org.vocbridge.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.vocbridge.shared.ControlCharacters;
import org.vocbridge.shared.files.ZipCheck;

/**
 * Tables in and out of CSV and XLSX files. Reading gives each row as column name to text, with the
 * row number a person sees in a spreadsheet program. Writing is safe against formula injection: a
 * CSV cell that a spreadsheet would run as a formula is prefixed with an apostrophe, and XLSX cells
 * are always written as text.
 */
public final class Spreadsheet {

    /** Largest number of data rows read from one file. */
    public static final int MAX_ROWS = 50_000;

    private Spreadsheet() {}

    /** The formats a table can be read from or written to. */
    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The format of an uploaded file, from its name. */
        public static Format ofFileName(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return CSV;
            }
            throw new UnreadableSpreadsheetException("error.import.format");
        }
    }

    /**
     * A data row.
     *
     * @param number the row number as shown by a spreadsheet program (the header is row 1)
     * @param cells column name (lower case, trimmed) to text
     */
    public record DataRow(int number, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * The texts of columns {@code <prefix>_<language tag>} (name_zh, name_en, name_lo) by tag; a
     * column whose tag is not a language tag is a problem of the row.
     */
    public static Map<String, String> localized(DataRow row, String prefix, List<RowProblem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> {
            if (column.startsWith(prefix + "_") && value != null && !value.isBlank()) {
                String tag = column.substring(prefix.length() + 1);
                if (org.vocbridge.shared.LocalizedText.isValidTag(tag)) {
                    texts.put(tag, value.strip());
                } else {
                    problems.add(new RowProblem(row.number(), column, "error.languageTag", List.of(tag)));
                }
            }
        });
        return texts;
    }

    public static List<DataRow> read(InputStream in, Format format) {
        try {
            return format == Format.CSV ? readCsv(in) : readXlsx(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSpreadsheetException u) {
                throw u;
            }
            throw new UnreadableSpreadsheetException("error.import.unreadable");
        }
    }

    private static List<DataRow> readCsv(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        refuseControlCharacters(text);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<DataRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(Spreadsheet::column).toList();
            int line = 1;
            int scanned = 0;
            for (CSVRecord record : parser) {
                checkSize(rows);
                // the row number a spreadsheet program shows: blank lines count too
                int position = (int) record.getCharacterPosition();
                // the parser may place a record after skipped blank lines at their start
                while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                    position++;
                }
                for (; scanned < position; scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new DataRow(line, cells));
            }
        }
        return rows;
    }

    private static List<DataRow> readXlsx(InputStream in) throws IOException {
        byte[] file = in.readAllBytes();
        try {
            ZipCheck.check(file);
        } catch (ZipCheck.UnsafeZipException e) {
            throw new UnreadableSpreadsheetException(e.code());
        }
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new java.io.ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            return rows(workbook.getFirstSheet());
        }
    }

    /**
     * Every sheet of an XLSX file by its name (lower case), each read as {@link #read} reads the
     * first: a header row, then the rows that are not empty.
     */
    public static Map<String, List<DataRow>> readSheets(InputStream in) {
        try {
            byte[] file = in.readAllBytes();
            try {
                ZipCheck.check(file);
            } catch (ZipCheck.UnsafeZipException e) {
                throw new UnreadableSpreadsheetException(e.code());
            }
            Map<String, List<DataRow>> sheets = new LinkedHashMap<>();
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new java.io.ByteArrayInputStream(file), new ReadingOptions(true, false))) {
                for (Sheet sheet : workbook.getSheets().toList()) {
                    sheets.put(column(sheet.getName()), rows(sheet));
                }
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSpreadsheetException u) {
                throw u;
            }
            throw new UnreadableSpreadsheetException("error.import.unreadable");
        }
    }

    private static List<DataRow> rows(Sheet sheet) throws IOException {
        List<DataRow> rows = new ArrayList<>();
        List<String> header = null;
        // rows are streamed, so a huge sheet stops at MAX_ROWS instead of filling memory
        java.util.Iterator<Row> iterator = sheet.openStream().iterator();
        while (iterator.hasNext()) {
            Row row = iterator.next();
            if (header == null) {
                header = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    header.add(column(row.getCellText(i)));
                }
                continue;
            }
            checkSize(rows);
            Map<String, String> cells = new LinkedHashMap<>();
            boolean empty = true;
            for (int i = 0; i < header.size() && i < row.getCellCount(); i++) {
                String text = row.getCellText(i);
                if (text != null) {
                    refuseControlCharacters(text);
                }
                cells.put(header.get(i), text);
                empty &= text == null || text.isBlank();
            }
            if (!empty) {
                rows.add(new DataRow(row.getRowNum(), cells));
            }
        }
        return rows;
    }

    private static void refuseControlCharacters(String text) {
        if (ControlCharacters.in(text)) {
            throw new UnreadableSpreadsheetException("error.import.controlCharacter");
        }
    }

    private static void checkSize(List<DataRow> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw new UnreadableSpreadsheetException("error.import.tooManyRows");
        }
    }

    private static String column(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** Writes a header and rows; each row has one value per header column. */
    public static void write(OutputStream out, Format format, List<String> header, Iterable<List<String>> rows)
            throws IOException {
        if (format == Format.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // lets spreadsheet programs recognize UTF-8 (Chinese, Russian)
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(Spreadsheet::defuse).toList());
                }
            }
        } else {
            Workbook workbook = new Workbook(out, "VocBridge", "1.0");
            Worksheet sheet = workbook.newWorksheet("data");
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) != null) {
                        // inline strings are never evaluated as formulas
                        sheet.inlineString(r, c, row.get(c));
                    }
                }
                r++;
            }
            workbook.finish();
        }
    }

    /** A cell that would start a formula in a spreadsheet program, made inert. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean dangerous = first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\uFF1D'
                || first == '\uFF0B'
                || first == '\uFF0D'
                || first == '\uFF20';
        return dangerous ? "'" + value : value;
    }
}
