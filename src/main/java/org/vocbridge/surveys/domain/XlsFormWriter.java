package org.vocbridge.surveys.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.Questionnaire;

/** Writes a questionnaire as an XLSForm workbook that {@link XlsForm#read} takes back unchanged ({@link XlsForm#write}). */
final class XlsFormWriter {

    private XlsFormWriter() {}

    /** Writes the questionnaire as an XLSForm workbook that {@link #read} takes back unchanged. */
    static void write(Questionnaire q, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "VocBridge", "1.0");
        List<String> languages = q.languages();
        List<String> header = new ArrayList<>(List.of("type", "name"));
        for (String base : List.of("label", "hint", "required_message", "constraint_message")) {
            languages.forEach(l -> header.add(base + "::" + languageName(l) + " (" + l + ")"));
        }
        header.addAll(
                List.of("required", "relevant", "constraint", "choice_filter", "default", "appearance", "calculation"));
        Worksheet survey = workbook.newWorksheet("survey");
        writeRow(survey, 0, header);
        int[] row = {1};
        for (Questionnaire.Item item : q.items()) {
            writeItem(survey, row, item, languages, header);
        }
        Worksheet choices = workbook.newWorksheet("choices");
        Set<String> attributeColumns = new LinkedHashSet<>();
        q.choices()
                .values()
                .forEach(list ->
                        list.forEach(c -> attributeColumns.addAll(c.attributes().keySet())));
        List<String> choiceHeader = new ArrayList<>(List.of("list_name", "name"));
        languages.forEach(l -> choiceHeader.add("label::" + languageName(l) + " (" + l + ")"));
        choiceHeader.addAll(attributeColumns);
        writeRow(choices, 0, choiceHeader);
        int r = 1;
        for (var list : q.choices().entrySet()) {
            for (Questionnaire.Choice c : list.getValue()) {
                List<String> cells = new ArrayList<>(List.of(list.getKey(), c.name()));
                languages.forEach(l -> cells.add(c.label().get(l).orElse("")));
                attributeColumns.forEach(a -> cells.add(c.attributes().getOrDefault(a, "")));
                writeRow(choices, r++, cells);
            }
        }
        Worksheet settings = workbook.newWorksheet("settings");
        writeRow(settings, 0, List.of("form_title", "form_id", "version", "default_language"));
        writeRow(
                settings,
                1,
                List.of(
                        q.title().get(q.defaultLanguage()).orElse(q.formId()),
                        q.formId(),
                        q.version() == null ? "" : q.version(),
                        q.defaultLanguage()));
        workbook.finish();
    }

    private static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    private static void writeItem(
            Worksheet sheet, int[] row, Questionnaire.Item item, List<String> languages, List<String> header) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (item instanceof Questionnaire.Section s) {
            cells.put("type", s.repeat() ? "begin_repeat" : "begin_group");
            cells.put("name", s.name());
            texts(cells, "label", s.label(), languages);
            cells.put("relevant", s.relevant());
            cells.put("appearance", s.appearance());
            writeRow(
                    sheet,
                    row[0]++,
                    header.stream().map(h -> cells.getOrDefault(h, "")).toList());
            for (Questionnaire.Item inner : s.items()) {
                writeItem(sheet, row, inner, languages, header);
            }
            writeRow(
                    sheet,
                    row[0]++,
                    header.stream()
                            .map(h -> h.equals("type") ? (s.repeat() ? "end_repeat" : "end_group") : "")
                            .toList());
            return;
        }
        Questionnaire.Question q = (Questionnaire.Question) item;
        cells.put("type", q.type().xlsForm + (q.listName() == null ? "" : " " + q.listName()));
        cells.put("name", q.name());
        texts(cells, "label", q.label(), languages);
        texts(cells, "hint", q.hint(), languages);
        texts(cells, "required_message", q.requiredMessage(), languages);
        texts(cells, "constraint_message", q.constraintMessage(), languages);
        cells.put("required", q.required() ? "yes" : "");
        cells.put("relevant", q.relevant());
        cells.put("constraint", q.constraint());
        cells.put("choice_filter", q.choiceFilter());
        cells.put("default", q.defaultValue());
        cells.put("appearance", q.appearance());
        cells.put("calculation", q.calculation());
        writeRow(
                sheet,
                row[0]++,
                header.stream().map(h -> cells.getOrDefault(h, "")).toList());
    }

    private static void texts(Map<String, String> cells, String base, LocalizedText text, List<String> languages) {
        languages.forEach(l -> cells.put(
                base + "::" + languageName(l) + " (" + l + ")",
                text == null ? "" : text.get(l).orElse("")));
    }

    private static void writeRow(Worksheet sheet, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value != null && !value.isEmpty()) {
                sheet.inlineString(row, c, value); // never evaluated as a formula
            }
        }
    }
}
