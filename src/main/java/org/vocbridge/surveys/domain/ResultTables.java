package org.vocbridge.surveys.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

/**
 * A survey's results: for each choice question the counts and percentages of its answers, overall
 * or by country, language or channel, and a cross-tab of any two choice questions. The owner sees
 * every count; everyone else sees them only once the owner publishes them, and then a count from 1
 * to k−1 is never shown, nor any that could be worked out from what is shown ({@link CellSuppression}).
 */
@Service
@RequiredArgsConstructor
public class ResultTables {

    /** What a table's columns split the responses by. */
    public static final List<String> GROUPINGS = List.of("all", "country", "language", "channel");

    private final Surveys surveys;
    private final ResponseData data;

    /**
     * A table of counts: rows are a question's choices, columns the groups (or another question's
     * choices). {@code counts} has one more row and column than there are choices and groups: the
     * last column holds the row totals, the last row the respondents who answered (for a
     * multiple-choice question these are not the sum of its rows). A hidden cell's count is -1.
     */
    public record Table(
            String question,
            LocalizedText label,
            QuestionType type,
            List<Category> rows,
            List<Category> columns,
            long[][] counts,
            boolean suppressed) {

        /** The percentage of a cell among its column's respondents, or null when hidden or none answered. */
        public Double percent(int row, int column) {
            long cell = counts[row][column];
            long base = counts[rows.size()][column];
            return cell < 0 || base <= 0 ? null : Math.round(1000.0 * cell / base) / 10.0;
        }

        public long total() {
            return counts[rows.size()][columns.size()];
        }
    }

    /**
     * A row or column of a table.
     *
     * @param label the choice's label, or null for a group named by its code (a country, a language
     *     tag, a channel)
     */
    public record Category(String code, LocalizedText label) {}

    public record Results(
            String formId,
            LocalizedText title,
            String by,
            boolean published,
            int k,
            long respondents,
            List<Table> tables) {}

    /** Whether the viewer sees every count (the owner or an admin) or only the published, suppressed ones. */
    private boolean published(CurrentUser viewer, Survey survey, boolean askedForPublished) {
        boolean manager = viewer.signedIn() && (viewer.admin() || survey.owner().equals(viewer.username()));
        if (!manager && !survey.resultsPublished()) {
            throw new AccessDeniedException("The survey's results are not published");
        }
        return !manager || askedForPublished;
    }

    @Transactional(readOnly = true)
    public Results results(CurrentUser viewer, String formId, String by, boolean askedForPublished) {
        Survey survey = surveys.require(formId);
        boolean published = published(viewer, survey, askedForPublished);
        String grouping = checkGrouping(by);
        Questionnaire q = surveys.questionnaire(survey);
        List<Questionnaire.Question> questions =
                q.singleQuestions().stream().filter(x -> x.type().isSelect()).toList();
        List<String> names =
                questions.stream().map(Questionnaire.Question::name).toList();
        // counts[question][choice][group], plus respondents who answered per group
        List<Map<String, Map<String, long[]>>> counts = new ArrayList<>();
        List<Map<String, long[]>> answered = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            counts.add(new HashMap<>());
            answered.add(new HashMap<>());
        }
        TreeSet<String> groups = new TreeSet<>();
        long[] respondents = {0};
        data.eachValues(survey.id(), names, row -> {
            respondents[0]++;
            String group = groupOf(row, grouping);
            groups.add(group);
            for (int i = 0; i < names.size(); i++) {
                String value = row.answers()[i];
                if (value == null || value.isEmpty()) {
                    continue;
                }
                answered.get(i).computeIfAbsent(group, g -> new long[1])[0]++;
                for (String choice : picks(questions.get(i), value)) {
                    counts.get(i)
                            .computeIfAbsent(choice, c -> new HashMap<>())
                            .computeIfAbsent(group, g -> new long[1])[0]++;
                }
            }
        });
        List<Category> columns = groups.stream().map(g -> new Category(g, null)).toList();
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Questionnaire.Question question = questions.get(i);
            List<Category> rows = categories(q, question);
            long[][] grid = new long[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                Map<String, long[]> byGroup =
                        counts.get(i).getOrDefault(rows.get(r).code(), Map.of());
                for (int c = 0; c < columns.size(); c++) {
                    long[] n = byGroup.get(columns.get(c).code());
                    grid[r][c] = n == null ? 0 : n[0];
                }
            }
            long[] base = new long[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                long[] n = answered.get(i).get(columns.get(c).code());
                base[c] = n == null ? 0 : n[0];
            }
            tables.add(table(question, rows, columns, grid, base, published, survey.suppressionK()));
        }
        return new Results(formId, survey.title(), grouping, published, survey.suppressionK(), respondents[0], tables);
    }

    /** The cross-tab of two choice questions: respondents by the first one's choices (rows) and the second's (columns). */
    @Transactional(readOnly = true)
    public Table crossTab(
            CurrentUser viewer, String formId, String rowQuestion, String columnQuestion, boolean askedForPublished) {
        Survey survey = surveys.require(formId);
        boolean published = published(viewer, survey, askedForPublished);
        Questionnaire q = surveys.questionnaire(survey);
        InputCheck check = new InputCheck();
        Questionnaire.Question rq = selectQuestion(q, "rows", rowQuestion, check);
        Questionnaire.Question cq = selectQuestion(q, "columns", columnQuestion, check);
        check.throwIfAny();
        List<Category> rows = categories(q, rq);
        List<Category> columns = categories(q, cq);
        Map<String, Integer> rowIndex = index(rows);
        Map<String, Integer> columnIndex = index(columns);
        long[][] grid = new long[rows.size()][columns.size()];
        long[] base = new long[columns.size()];
        data.eachValues(survey.id(), List.of(rq.name(), cq.name()), row -> {
            String a = row.answers()[0];
            String b = row.answers()[1];
            if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
                return;
            }
            List<String> bs = picks(cq, b);
            for (String cb : bs) {
                Integer c = columnIndex.get(cb);
                if (c != null) {
                    base[c]++;
                }
            }
            for (String ca : picks(rq, a)) {
                Integer r = rowIndex.get(ca);
                if (r == null) {
                    continue;
                }
                for (String cb : bs) {
                    Integer c = columnIndex.get(cb);
                    if (c != null) {
                        grid[r][c]++;
                    }
                }
            }
        });
        return table(rq, rows, columns, grid, base, published, survey.suppressionK());
    }

    private static Table table(
            Questionnaire.Question question,
            List<Category> rows,
            List<Category> columns,
            long[][] grid,
            long[] base,
            boolean published,
            int k) {
        int r = rows.size();
        int c = columns.size();
        long[][] counts = new long[r + 1][c + 1];
        long all = 0;
        for (int i = 0; i < r; i++) {
            long rowTotal = 0;
            for (int j = 0; j < c; j++) {
                counts[i][j] = grid[i][j];
                rowTotal += grid[i][j];
            }
            counts[i][c] = rowTotal;
        }
        for (int j = 0; j < c; j++) {
            counts[r][j] = base[j];
            all += base[j];
        }
        counts[r][c] = all;
        if (published && r > 0 && c > 0) {
            boolean[][] hidden = CellSuppression.hide(grid, k);
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= c; j++) {
                    boolean small = counts[i][j] > 0 && counts[i][j] < k;
                    if (hidden[i][j] || small) {
                        counts[i][j] = -1;
                    }
                }
            }
        }
        return new Table(question.name(), question.label(), question.type(), rows, columns, counts, published);
    }

    private static List<String> picks(Questionnaire.Question question, String value) {
        return question.type() == QuestionType.SELECT_MULTIPLE ? List.of(value.split("\\s+")) : List.of(value);
    }

    private static List<Category> categories(Questionnaire q, Questionnaire.Question question) {
        return q.choicesOf(question).stream()
                .map(c -> new Category(c.name(), c.label()))
                .toList();
    }

    private static Map<String, Integer> index(List<Category> categories) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i).code(), i);
        }
        return index;
    }

    private static String groupOf(ResponseData.Values row, String grouping) {
        String group = row.group(grouping);
        return group == null ? "?" : group;
    }

    private static String checkGrouping(String by) {
        String grouping = by == null || by.isBlank() ? "all" : by;
        if (!GROUPINGS.contains(grouping)) {
            new InputCheck().reject("by", "error.survey.grouping", grouping).throwIfAny();
        }
        return grouping;
    }

    private static Questionnaire.Question selectQuestion(Questionnaire q, String field, String name, InputCheck check) {
        var question = q.singleQuestions().stream()
                .filter(x -> x.name().equals(name) && x.type().isSelect())
                .findFirst();
        if (question.isEmpty()) {
            check.reject(field, "error.survey.notAChoiceQuestion", name);
            return null;
        }
        return question.get();
    }
}
