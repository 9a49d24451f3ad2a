package org.vocbridge.surveys.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

/** Reads an XLSForm workbook into a questionnaire, collecting every problem before refusing it ({@link XlsForm#read}). */
final class XlsFormReader {

    static final Set<String> TEXT_COLUMNS = Set.of("label", "hint", "required_message", "constraint_message");
    static final Set<String> SURVEY_COLUMNS = Set.of(
            "type",
            "name",
            "label",
            "hint",
            "required",
            "required_message",
            "relevant",
            "constraint",
            "constraint_message",
            "choice_filter",
            "default",
            "appearance",
            "calculation");
    static final Set<String> KNOWN_SHEETS = Set.of("survey", "choices", "settings");
    private static final Pattern TEXT_COLUMN = Pattern.compile("([a-z_]+):{1,2}(.+)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    /** The longest name of a question or a choice. */
    static final int MAX_NAME_LENGTH = 64;

    private static final Pattern SELECT = Pattern.compile("(select_one|select_multiple)\\s+(\\S+)");
    private static final Pattern LEGACY_SELECT = Pattern.compile("select (one|all that apply) from (\\S+)");

    final Map<String, List<Spreadsheet.DataRow>> sheets;
    final List<XlsForm.Problem> problems = new ArrayList<>();
    final Set<String> languages = new LinkedHashSet<>();
    String defaultLanguage;

    XlsFormReader(Map<String, List<Spreadsheet.DataRow>> sheets) {
        this.sheets = sheets;
    }

    void problem(String sheet, int row, String column, String code, Object... args) {
        problems.add(new XlsForm.Problem(sheet, row, column, code, List.of(args)));
    }

    Questionnaire read() {
        for (String sheet : sheets.keySet()) {
            if (!KNOWN_SHEETS.contains(sheet)) {
                problem(sheet, 1, "", "error.xlsform.sheet.unsupported", sheet);
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<Spreadsheet.DataRow> settingsRows = sheets.getOrDefault("settings", List.of());
        if (!settingsRows.isEmpty()) {
            settingsRows.get(0).cells().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    settings.put(k, v.strip());
                }
            });
        }
        // text columns without a language are in the default language: the one the settings
        // name, else the first of the language columns, else English
        String named = null;
        if (settings.containsKey("default_language")) {
            named = language(settings.get("default_language"));
            if (named == null) {
                problem("settings", 2, "default_language", "error.xlsform.language", settings.get("default_language"));
            }
        }
        List<String> columnLanguages = columnLanguages();
        defaultLanguage = named != null ? named : columnLanguages.isEmpty() ? "en" : columnLanguages.get(0);
        languages.add(defaultLanguage);
        languages.addAll(columnLanguages);
        boolean duplicatesAllowed = "yes".equalsIgnoreCase(settings.get("allow_choice_duplicates"));
        Map<String, List<Questionnaire.Choice>> choices = choices(duplicatesAllowed);
        List<Questionnaire.Item> items = new ArrayList<>();
        if (!sheets.containsKey("survey")) {
            problem("survey", 0, "", "error.xlsform.sheet.missing", "survey");
        } else {
            items = survey(choices);
        }
        if (!problems.isEmpty()) {
            throw new XlsForm.RejectedFormException(problems);
        }
        String formId = settings.getOrDefault("form_id", "form");
        LocalizedText title = LocalizedText.of(Map.of(defaultLanguage, settings.getOrDefault("form_title", formId)));
        return new Questionnaire(
                formId, settings.get("version"), title, defaultLanguage, List.copyOf(languages), items, choices);
    }

    /** The languages of the text columns, in the order of the survey's and then the choices' headers. */
    List<String> columnLanguages() {
        Set<String> found = new LinkedHashSet<>();
        for (String sheet : List.of("survey", "choices")) {
            for (Spreadsheet.DataRow row : sheets.getOrDefault(sheet, List.of())) {
                for (String column : row.cells().keySet()) {
                    Matcher m = TEXT_COLUMN.matcher(column);
                    String tag = m.matches() && TEXT_COLUMNS.contains(m.group(1)) ? language(m.group(2)) : null;
                    if (tag != null) {
                        found.add(tag);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The tag of a language column's suffix: {@code English (en)}, {@code en}, {@code english}. */
    String language(String suffix) {
        String s = suffix.strip();
        Matcher code = Pattern.compile(".*\\(([A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)\\)\\s*")
                .matcher(s);
        if (code.matches()) {
            return LocalizedText.normalizeTag(code.group(1));
        }
        if (s.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            String tag = LocalizedText.normalizeTag(s);
            if (new Locale(tag.split("-")[0]).getDisplayLanguage(Locale.ENGLISH).length() > 3) {
                return tag;
            }
        }
        for (String iso : Locale.getISOLanguages()) {
            if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(s)) {
                return iso;
            }
        }
        return null;
    }

    /** A text column's base and language tag, or null when the column is not a text column. */
    String[] textColumn(String sheet, int row, String column) {
        Matcher m = TEXT_COLUMN.matcher(column);
        if (m.matches() && TEXT_COLUMNS.contains(m.group(1))) {
            String tag = language(m.group(2));
            if (tag == null) {
                problem(sheet, row, column, "error.xlsform.language", m.group(2));
                return null;
            }
            return new String[] {m.group(1), tag};
        }
        if (TEXT_COLUMNS.contains(column)) {
            return new String[] {column, defaultLanguage};
        }
        return null;
    }

    LocalizedText text(String sheet, Spreadsheet.DataRow row, String base) {
        Map<String, String> texts = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            String[] text = textColumn(sheet, row.number(), column);
            if (text != null && text[0].equals(base)) {
                texts.put(text[1], value.strip());
                languages.add(text[1]);
            }
        });
        return LocalizedText.of(texts);
    }

    Map<String, List<Questionnaire.Choice>> choices(boolean duplicatesAllowed) {
        Map<String, List<Questionnaire.Choice>> lists = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Spreadsheet.DataRow row : sheets.getOrDefault("choices", List.of())) {
            String list = row.get("list_name") != null ? row.get("list_name") : row.get("list name");
            String name = row.get("name");
            if (list == null) {
                problem("choices", row.number(), "list_name", "error.required");
                continue;
            }
            if (name == null) {
                problem("choices", row.number(), "name", "error.required");
                continue;
            }
            if (name.codePoints().anyMatch(Character::isWhitespace)) {
                // a select_multiple answer is its choices' names separated by spaces
                problem("choices", row.number(), "name", "error.xlsform.choice.space", name);
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                problem(
                        "choices",
                        row.number(),
                        "name",
                        "error.xlsform.name.long",
                        name.substring(0, 40),
                        MAX_NAME_LENGTH);
                continue;
            }
            if (!names.computeIfAbsent(list, l -> new HashSet<>()).add(name) && !duplicatesAllowed) {
                problem("choices", row.number(), "name", "error.xlsform.choice.duplicate", name, list);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            row.cells().forEach((column, value) -> {
                if (value == null || value.isBlank() || column.isEmpty()) {
                    return;
                }
                boolean own = column.equals("list_name") || column.equals("list name") || column.equals("name");
                boolean text = textColumn("choices", row.number(), column) != null;
                if (column.matches("(media::)?(image|audio|video|big-image)(::.*)?")) {
                    problem("choices", row.number(), column, "error.xlsform.column.unsupported", column);
                } else if (!own && !text) {
                    attributes.put(column, value.strip());
                }
            });
            lists.computeIfAbsent(list, l -> new ArrayList<>())
                    .add(new Questionnaire.Choice(name, text("choices", row, "label"), attributes));
        }
        return lists;
    }

    List<Questionnaire.Item> survey(Map<String, List<Questionnaire.Choice>> choices) {
        record Open(String type, int row, Questionnaire.Section section, List<Questionnaire.Item> items) {}
        Deque<Open> open = new ArrayDeque<>();
        List<Questionnaire.Item> top = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        List<Object[]> expressions = new ArrayList<>(); // row, column, source
        for (Spreadsheet.DataRow row : sheets.get("survey")) {
            String type = row.get("type") == null
                    ? null
                    : row.get("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int at = row.number();
            for (var cell : row.cells().entrySet()) {
                String column = cell.getKey();
                if (cell.getValue() != null
                        && !cell.getValue().isBlank()
                        && !column.isEmpty()
                        && !SURVEY_COLUMNS.contains(column)
                        && textColumn("survey", at, column) == null) {
                    problem("survey", at, column, "error.xlsform.column.unsupported", column);
                }
            }
            if (type == null) {
                problem("survey", at, "type", "error.required");
                continue;
            }
            List<Questionnaire.Item> into = open.isEmpty() ? top : open.peek().items();
            if (type.equals("end group")
                    || type.equals("end_group")
                    || type.equals("end repeat")
                    || type.equals("end_repeat")) {
                String kind = type.contains("repeat") ? "repeat" : "group";
                if (open.isEmpty() || !open.peek().type().equals(kind)) {
                    problem("survey", at, "type", "error.xlsform.end.unmatched", type);
                    continue;
                }
                Open done = open.pop();
                Questionnaire.Section s = done.section();
                (open.isEmpty() ? top : open.peek().items())
                        .add(new Questionnaire.Section(
                                s.name(),
                                s.repeat(),
                                s.label(),
                                s.relevant(),
                                s.appearance(),
                                List.copyOf(done.items())));
                continue;
            }
            QuestionType questionType = null;
            String listName = null;
            Matcher select = SELECT.matcher(type);
            Matcher legacy = LEGACY_SELECT.matcher(type);
            if (select.matches()) {
                questionType =
                        select.group(1).equals("select_one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
                listName = select.group(2);
            } else if (legacy.matches()) {
                questionType = legacy.group(1).equals("one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
                listName = legacy.group(2);
            } else {
                for (QuestionType t : QuestionType.values()) {
                    if (!t.isSelect() && t.xlsForm.equals(type)) {
                        questionType = t;
                    }
                }
            }
            boolean begins = type.equals("begin group")
                    || type.equals("begin_group")
                    || type.equals("begin repeat")
                    || type.equals("begin_repeat");
            if (questionType == null && !begins) {
                problem("survey", at, "type", "error.xlsform.type.unsupported", row.get("type"));
                continue;
            }
            String name = row.get("name");
            if (name == null) {
                problem("survey", at, "name", "error.required");
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                problem("survey", at, "name", "error.xlsform.name.long", name.substring(0, 40), MAX_NAME_LENGTH);
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                problem("survey", at, "name", "error.xlsform.name", name);
                continue;
            }
            if (names.putIfAbsent(name, at) != null) {
                problem("survey", at, "name", "error.xlsform.name.duplicate", name, names.get(name));
            }
            for (String column : List.of("relevant", "constraint", "calculation", "choice_filter")) {
                if (row.get(column) != null) {
                    expressions.add(new Object[] {at, column, row.get(column)});
                }
            }
            LocalizedText label = text("survey", row, "label");
            if (begins) {
                boolean repeat = type.contains("repeat");
                if (repeat && open.stream().anyMatch(o -> o.type().equals("repeat"))) {
                    problem("survey", at, "type", "error.xlsform.repeat.nested", name);
                }
                open.push(new Open(
                        repeat ? "repeat" : "group",
                        at,
                        new Questionnaire.Section(
                                name, repeat, label, row.get("relevant"), row.get("appearance"), List.of()),
                        new ArrayList<>()));
                continue;
            }
            if (listName != null && !choices.containsKey(listName)) {
                problem("survey", at, "type", "error.xlsform.list.unknown", listName);
            }
            if (label.isEmpty() && questionType != QuestionType.CALCULATE) {
                problem("survey", at, "label", "error.xlsform.label.missing", name);
            }
            if (questionType == QuestionType.CALCULATE && row.get("calculation") == null) {
                problem("survey", at, "calculation", "error.required");
            }
            String required = row.get("required");
            boolean mandatory =
                    required != null && List.of("yes", "true", "true()").contains(required.toLowerCase(Locale.ROOT));
            if (required != null
                    && !mandatory
                    && !List.of("no", "false", "false()").contains(required.toLowerCase(Locale.ROOT))) {
                problem("survey", at, "required", "error.xlsform.required", required);
            }
            into.add(new Questionnaire.Question(
                    name,
                    questionType,
                    listName,
                    label,
                    text("survey", row, "hint"),
                    mandatory,
                    text("survey", row, "required_message"),
                    row.get("relevant"),
                    row.get("constraint"),
                    text("survey", row, "constraint_message"),
                    row.get("choice_filter"),
                    row.get("default"),
                    row.get("appearance"),
                    row.get("calculation")));
        }
        for (Open left : open) {
            problem(
                    "survey",
                    left.row(),
                    "type",
                    "error.xlsform.begin.unclosed",
                    left.section().name());
        }
        for (Object[] e : expressions) {
            int at = (Integer) e[0];
            String column = (String) e[1];
            try {
                Expression expression = Expression.parse((String) e[2]);
                for (String reference : expression.references()) {
                    if (!names.containsKey(reference)) {
                        problem("survey", at, column, "error.xlsform.reference.unknown", reference);
                    }
                }
                if (!column.equals("choice_filter")
                        && !expression.choiceColumns().isEmpty()) {
                    problem(
                            "survey",
                            at,
                            column,
                            "error.xlsform.bareName",
                            expression.choiceColumns().iterator().next());
                }
            } catch (Expression.InvalidExpressionException x) {
                problem("survey", at, column, x.reason(), x.position() + 1, e[2]);
            }
        }
        return top;
    }
}
