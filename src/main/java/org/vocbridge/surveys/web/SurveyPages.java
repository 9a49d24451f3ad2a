package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.shared.web.ChartData;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.surveys.domain.ResultTables;
import org.vocbridge.surveys.domain.Surveys;
import org.vocbridge.surveys.domain.XlsForm;
import tools.jackson.databind.json.JsonMapper;

/** The list of surveys with import and creation, and a survey's results. */
@Controller
@RequestMapping("/surveys")
@RequiredArgsConstructor
class SurveyPages {

    private final Surveys surveys;
    private final ResultTables results;
    private final PageProblems problems;
    private final Texts texts;
    private final JsonMapper json;

    @GetMapping
    String list(Model model) {
        model.addAttribute("surveys", surveys.all());
        return "surveys/list";
    }

    @PostMapping("/import")
    String importXlsForm(
            @RequestParam("file") MultipartFile file, CurrentUser user, Model model, HttpServletResponse response)
            throws IOException {
        try {
            return "redirect:/surveys/"
                    + surveys.importXlsForm(user, file.getInputStream()).formId();
        } catch (XlsForm.RejectedFormException e) {
            return refused(problems.of(e), model, response);
        } catch (InvalidInputException e) {
            return refused(problems.of(e), model, response);
        } catch (UnreadableSpreadsheetException e) {
            return refused(problems.of(e.code()), model, response);
        }
    }

    @PostMapping("/new")
    String create(
            @RequestParam(defaultValue = "") String formId,
            @RequestParam MultiValueMap<String, String> form,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            String created = surveys.create(user, formId, PostedText.texts(form, "title", List.of("zh", "en", "ru")))
                    .formId();
            return "redirect:/surveys/" + created + "/builder";
        } catch (XlsForm.RejectedFormException e) {
            return refused(problems.of(e), model, response);
        } catch (InvalidInputException e) {
            return refused(problems.of(e), model, response);
        }
    }

    /** The list again with what was wrong (422), nothing changed. */
    private String refused(List<String> problems, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problems", problems);
        return list(model);
    }

    /**
     * A bar chart for each question not broken down: each answer's count, labelled with its share;
     * a count hidden below k is left out of the chart as it is of the table.
     */
    private Map<String, String> charts(ResultTables.Results shown) {
        Map<String, String> charts = new HashMap<>();
        for (ResultTables.Table table : shown.tables()) {
            if (table.columns().size() != 1) {
                continue;
            }
            Map<String, Long> bars = new LinkedHashMap<>();
            for (int row = 0; row < table.rows().size(); row++) {
                Double percent = table.percent(row, 0);
                if (percent != null) {
                    bars.put(
                            texts.of(table.rows().get(row).label()).text() + " (" + percent + "%)",
                            table.counts()[row][0]);
                }
            }
            charts.put(table.question(), json.writeValueAsString(ChartData.of(bars)));
        }
        return charts;
    }

    @GetMapping("/{formId}/results")
    String results(
            @PathVariable String formId,
            @RequestParam(defaultValue = "all") String by,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(required = false) String rows,
            @RequestParam(required = false) String columns,
            CurrentUser user,
            Model model) {
        ResultTables.Results shown = results.results(user, formId, by, published);
        model.addAttribute("results", shown);
        model.addAttribute("charts", charts(shown));
        model.addAttribute("manager", surveys.canManage(user, formId));
        model.addAttribute("groupings", ResultTables.GROUPINGS);
        model.addAttribute(
                "choiceQuestions",
                surveys.definition(formId).singleQuestions().stream()
                        .filter(q -> q.type().isSelect())
                        .toList());
        if (rows != null && columns != null) {
            model.addAttribute("crossTab", results.crossTab(user, formId, rows, columns, published));
        }
        return "surveys/results";
    }
}
