package org.vocbridge.surveys.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

/**
 * Downloads of a survey's responses for its owner, written row by row as the database gives them
 * (constant memory for any number of responses): CSV, or XLSX with a codebook sheet; the codebook
 * alone as CSV; and the aggregated tables of the results (as the viewer may see them) as CSV.
 *
 * <p>One column per question in order (a multiple-choice question also gets a 0/1 column per
 * choice, named {@code question/choice}), after the response's own columns, whose names start
 * with {@code _}. A repeated section has a column with its count there, and rows of its own: one
 * per instance, in a sheet of its own (XLSX) or a file of its own (CSV), which the codebook lists
 * as {@code section:column}.
 */
@Service
@RequiredArgsConstructor
public class ResponseExport {

    static final List<String> RESPONSE_COLUMNS =
            List.of("_instance_id", "_submitted_at", "_language", "_channel", "_country", "_consent_age", "_demo");

    private final Surveys surveys;
    private final ResponseData data;
    private final ResultTables results;

    /** The columns an instance of a repeated section's row starts with. */
    static final List<String> INSTANCE_COLUMNS = List.of("_instance_id", "_index");

    /**
     * A column of the export and what the codebook says of it: a question's answer, a choice of a
     * multiple-choice question (0/1), or how many instances of a repeated section a response has.
     */
    private record Column(String name, Questionnaire.Question question, Questionnaire.Choice choice, String repeat) {

        /** The cell of a response, or of its instance {@code suffix} for a repeated section's question. */
        String cell(Map<String, String> answers, String suffix) {
            String value = answers.getOrDefault(repeat != null ? repeat : question.name() + suffix, "");
            if (choice == null) {
                return value;
            }
            return value.isEmpty() ? "" : Set.of(value.split("\\s+")).contains(choice.name()) ? "1" : "0";
        }
    }

    /** The responses' columns: each question asked once, and for each repeated section its count. */
    private static List<Column> columns(Questionnaire q) {
        List<Column> columns = new ArrayList<>();
        Set<String> counted = new java.util.HashSet<>();
        for (Questionnaire.Question question : q.questions()) {
            var repeat = q.repeatOf(question.name());
            if (repeat.isEmpty()) {
                addColumns(q, question, columns);
            } else if (counted.add(repeat.get().name())) {
                columns.add(
                        new Column(repeat.get().name(), null, null, repeat.get().name()));
            }
        }
        return columns;
    }

    /** The columns of a repeated section's rows (one row per instance). */
    private static List<Column> columns(Questionnaire q, Questionnaire.Section repeat) {
        List<Column> columns = new ArrayList<>();
        repeat.questions().forEach(question -> addColumns(q, question, columns));
        return columns;
    }

    private static void addColumns(Questionnaire q, Questionnaire.Question question, List<Column> columns) {
        if (question.type() == QuestionType.NOTE) {
            return;
        }
        columns.add(new Column(question.name(), question, null, null));
        if (question.type() == QuestionType.SELECT_MULTIPLE) {
            for (Questionnaire.Choice choice : q.choicesOf(question)) {
                columns.add(new Column(question.name() + "/" + choice.name(), question, choice, null));
            }
        }
    }

    private static List<String> header(List<String> first, List<Column> columns) {
        List<String> header = new ArrayList<>(first);
        columns.forEach(c -> header.add(c.name()));
        return header;
    }

    private static List<String> cells(ResponseData.Row row, List<Column> columns) {
        List<String> cells = new ArrayList<>(RESPONSE_COLUMNS.size() + columns.size());
        cells.add(row.instanceId());
        cells.add(row.submittedAt().toString());
        cells.add(nullToEmpty(row.language()));
        cells.add(nullToEmpty(row.channel()));
        cells.add(nullToEmpty(row.country()));
        cells.add(row.age() == null ? "" : row.age().toString());
        cells.add(row.demo() ? "yes" : "no");
        columns.forEach(c -> cells.add(Spreadsheet.defuse(c.cell(row.answers(), ""))));
        return cells;
    }

    /** The rows of a response's instances of a repeated section. */
    private static List<List<String>> instanceCells(
            ResponseData.Row row, Questionnaire.Section repeat, List<Column> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= Questionnaire.instances(repeat, row.answers()); i++) {
            List<String> cells = new ArrayList<>(List.of(row.instanceId(), Integer.toString(i)));
            String suffix = "#" + i;
            columns.forEach(c -> cells.add(Spreadsheet.defuse(c.cell(row.answers(), suffix))));
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Every response as CSV, one row each; or with {@code repeat}, the instances of that repeated
     * section, one row each, after the response's instance ID and the instance's number.
     */
    @Transactional(readOnly = true)
    public void csv(CurrentUser user, String formId, String repeat, OutputStream out) throws IOException {
        Survey survey = surveys.requireOwned(user, formId);
        Questionnaire q = surveys.questionnaire(survey);
        CSVPrinter printer = printer(out);
        if (repeat == null) {
            List<Column> columns = columns(q);
            printer.printRecord(header(RESPONSE_COLUMNS, columns));
            each(survey, row -> printer.printRecord(cells(row, columns)));
        } else {
            Questionnaire.Section section = q.repeats().stream()
                    .filter(r -> r.name().equals(repeat))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Repeat", repeat));
            List<Column> columns = columns(q, section);
            printer.printRecord(header(INSTANCE_COLUMNS, columns));
            each(survey, row -> printer.printRecords(instanceCells(row, section, columns)));
        }
        printer.flush();
    }

    private interface RowWriter {
        void write(ResponseData.Row row) throws IOException;
    }

    private void each(Survey survey, RowWriter writer) throws IOException {
        try {
            data.each(survey.id(), row -> {
                try {
                    writer.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every response as XLSX: a sheet of responses, one per repeated section with its instances, and the codebook. */
    @Transactional(readOnly = true)
    public void xlsx(CurrentUser user, String formId, OutputStream out) throws IOException {
        Survey survey = surveys.requireOwned(user, formId);
        Questionnaire q = surveys.questionnaire(survey);
        List<Column> columns = columns(q);
        Workbook workbook = new Workbook(out, "VocBridge", "1.0");
        Worksheet sheet = workbook.newWorksheet("responses");
        int[] r = {header(sheet, header(RESPONSE_COLUMNS, columns))};
        each(survey, row -> write(sheet, r, cells(row, columns)));
        sheet.finish();
        for (Questionnaire.Section repeat : q.repeats()) {
            List<Column> repeatColumns = columns(q, repeat);
            Worksheet repeatSheet = workbook.newWorksheet(
                    repeat.name().length() > 31 ? repeat.name().substring(0, 31) : repeat.name());
            int[] at = {header(repeatSheet, header(INSTANCE_COLUMNS, repeatColumns))};
            each(survey, row -> {
                for (List<String> cells : instanceCells(row, repeat, repeatColumns)) {
                    write(repeatSheet, at, cells);
                }
            });
            repeatSheet.finish();
        }
        Worksheet codebook = workbook.newWorksheet("codebook");
        List<List<String>> rows = codebook(q, columns);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) {
                codebook.inlineString(i, c, rows.get(i).get(c));
            }
        }
        workbook.finish();
    }

    private static int header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        return 1;
    }

    /** Writes a row at {@code r[0]} and moves on; every thousand rows go out, so memory stays constant. */
    private static void write(Worksheet sheet, int[] r, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                // inline strings are never evaluated and keep no table in memory
                sheet.inlineString(r[0], c, cells.get(c));
            }
        }
        if (++r[0] % 1000 == 0) {
            sheet.flush();
        }
    }

    @Transactional(readOnly = true)
    public void codebookCsv(CurrentUser user, String formId, OutputStream out) throws IOException {
        Survey survey = surveys.requireOwned(user, formId);
        Questionnaire q = surveys.questionnaire(survey);
        CSVPrinter printer = printer(out);
        for (List<String> row : codebook(q, columns(q))) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /**
     * The codebook: for each column its type and, per language, the question's label; for each
     * choice of a choice question its code and labels.
     */
    static List<List<String>> codebook(Questionnaire q, List<Column> columns) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("column", "type", "value"));
        q.languages().forEach(l -> header.add("label::" + l));
        rows.add(header);
        for (String name : RESPONSE_COLUMNS) {
            List<String> row = new ArrayList<>(List.of(name, "metadata", ""));
            q.languages().forEach(l -> row.add(""));
            rows.add(row);
        }
        addCodebookRows(q, columns, rows);
        for (Questionnaire.Section repeat : q.repeats()) {
            for (String name : INSTANCE_COLUMNS) {
                List<String> row = new ArrayList<>(List.of(repeat.name() + ":" + name, "metadata", ""));
                q.languages().forEach(l -> row.add(""));
                rows.add(row);
            }
            addCodebookRows(q, columns(q, repeat), rows);
        }
        return rows;
    }

    private static void addCodebookRows(Questionnaire q, List<Column> columns, List<List<String>> rows) {
        for (Column column : columns) {
            if (column.repeat() != null) {
                List<String> row = new ArrayList<>(List.of(column.name(), "repeat_count", ""));
                LocalizedText label = q.repeats().stream()
                        .filter(r -> r.name().equals(column.repeat()))
                        .findFirst()
                        .map(Questionnaire.Section::label)
                        .orElse(null);
                q.languages().forEach(l -> row.add(Spreadsheet.defuse(label(label, l))));
                rows.add(row);
                continue;
            }
            Questionnaire.Question question = column.question();
            String name = q.repeatOf(question.name())
                    .map(r -> r.name() + ":" + column.name())
                    .orElse(column.name());
            List<String> row =
                    new ArrayList<>(List.of(name, column.choice() == null ? question.type().xlsForm : "0/1", ""));
            LocalizedText label =
                    column.choice() == null ? question.label() : column.choice().label();
            q.languages().forEach(l -> row.add(Spreadsheet.defuse(label(label, l))));
            rows.add(row);
            if (column.choice() == null && question.type().isSelect()) {
                for (Questionnaire.Choice choice : q.choicesOf(question)) {
                    List<String> choiceRow = new ArrayList<>(List.of(name, "choice", choice.name()));
                    q.languages().forEach(l -> choiceRow.add(Spreadsheet.defuse(label(choice.label(), l))));
                    rows.add(choiceRow);
                }
            }
        }
    }

    /** The results' tables (as the viewer may see them: suppressed cells are written "suppressed") as CSV. */
    @Transactional(readOnly = true)
    public void tablesCsv(
            CurrentUser viewer, String formId, String by, boolean published, String question, OutputStream out)
            throws IOException {
        ResultTables.Results r = results.results(viewer, formId, by, published);
        CSVPrinter printer = printer(out);
        printer.printRecord("question", "choice", r.by(), "count", "percent");
        for (ResultTables.Table table : r.tables()) {
            if (question != null && !question.equals(table.question())) {
                continue;
            }
            for (int i = 0; i <= table.rows().size(); i++) {
                for (int j = 0; j <= table.columns().size(); j++) {
                    long count = table.counts()[i][j];
                    Double percent =
                            i < table.rows().size() && j < table.columns().size() ? table.percent(i, j) : null;
                    printer.printRecord(
                            table.question(),
                            i == table.rows().size()
                                    ? "(respondents)"
                                    : table.rows().get(i).code(),
                            j == table.columns().size()
                                    ? "(total)"
                                    : table.columns().get(j).code(),
                            count < 0 ? "suppressed" : Long.toString(count),
                            percent == null ? "" : percent.toString());
                }
            }
        }
        printer.flush();
    }

    private static String label(LocalizedText text, String language) {
        return text == null ? "" : text.get(language).orElse("");
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets spreadsheet programs recognize UTF-8
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
