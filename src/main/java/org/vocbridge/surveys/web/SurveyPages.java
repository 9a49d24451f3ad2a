package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
import org.vocbridge.surveys.domain.ResultTables;
import org.vocbridge.surveys.domain.Surveys;
import org.vocbridge.surveys.domain.XlsForm;

/** The list of surveys with import and creation, and a survey's results. */
@Controller
@RequestMapping("/surveys")
@RequiredArgsConstructor
class SurveyPages {

    private final Surveys surveys;
    private final ResultTables results;
    private final PageProblems problems;

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

    @GetMapping("/{formId}/results")
    String results(
            @PathVariable String formId,
            @RequestParam(defaultValue = "all") String by,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(required = false) String rows,
            @RequestParam(required = false) String columns,
            CurrentUser user,
            Model model) {
        model.addAttribute("results", results.results(user, formId, by, published));
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
