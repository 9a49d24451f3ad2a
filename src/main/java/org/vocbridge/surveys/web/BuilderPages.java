package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.domain.QuestionnaireEdits;
import org.vocbridge.surveys.domain.QuestionnairePages;
import org.vocbridge.surveys.domain.Surveys;
import org.vocbridge.surveys.domain.XlsForm;

/**
 * The builder of a survey's questionnaire, for its owner: add, edit, reorder and remove questions
 * and sections, and preview every page in any of its languages. Each edit names the version it
 * started from, so that two editors do not overwrite each other.
 */
@Controller
@RequestMapping("/surveys/{formId}")
@RequiredArgsConstructor
class BuilderPages {

    private final Surveys surveys;
    private final PageProblems problems;

    @GetMapping("/builder")
    String builder(@PathVariable String formId, CurrentUser user, Model model) {
        surveys.requireManager(user, formId);
        Questionnaire q = surveys.definition(formId);
        model.addAttribute("survey", surveys.get(formId));
        model.addAttribute("q", q);
        model.addAttribute("version", surveys.version(formId));
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("pages", QuestionnairePages.pages(q));
        return "surveys/builder";
    }

    @PostMapping("/builder/move")
    String move(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam int by,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return edit(formId, version, user, redirect, QuestionnaireEdits.move(surveys.definition(formId), name, by));
    }

    @PostMapping("/builder/remove")
    String remove(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return edit(formId, version, user, redirect, QuestionnaireEdits.remove(surveys.definition(formId), name));
    }

    @PostMapping("/builder/section")
    String addSection(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam(defaultValue = "false") boolean repeat,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        Questionnaire q = surveys.definition(formId);
        Questionnaire.Section section = new Questionnaire.Section(
                name.strip(), repeat, PostedText.texts(form, "label", q.languages()), null, "field-list", List.of());
        return edit(formId, version, user, redirect, QuestionnaireEdits.addSection(q, section));
    }

    @GetMapping("/builder/question")
    String questionForm(
            @PathVariable String formId, @RequestParam(required = false) String name, CurrentUser user, Model model) {
        Questionnaire q = surveys.definition(formId);
        Questionnaire.Question question = name == null ? null : q.question(name).orElse(null);
        return questionForm(formId, question, question == null ? "" : choiceLines(q, question), user, model);
    }

    private String questionForm(
            String formId, Questionnaire.Question question, String choiceLines, CurrentUser user, Model model) {
        surveys.requireManager(user, formId);
        Questionnaire q = surveys.definition(formId);
        model.addAttribute("survey", surveys.get(formId));
        model.addAttribute("q", q);
        model.addAttribute("version", surveys.version(formId));
        model.addAttribute("types", QuestionType.values());
        model.addAttribute(
                "sections",
                q.items().stream()
                        .filter(i -> i instanceof Questionnaire.Section)
                        .map(Questionnaire.Item::name)
                        .toList());
        model.addAttribute("question", question);
        model.addAttribute("choiceLines", choiceLines);
        return "surveys/question";
    }

    @PostMapping("/builder/question")
    String saveQuestion(
            @PathVariable String formId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response) {
        Questionnaire q = surveys.definition(formId);
        List<String> languages = q.languages();
        String name = PostedText.value(form, "name");
        QuestionType type = Arrays.stream(QuestionType.values())
                .filter(t -> t.xlsForm.equals(PostedText.value(form, "type")))
                .findFirst()
                .orElse(QuestionType.TEXT);
        Questionnaire.Question question = new Questionnaire.Question(
                name,
                type,
                type.isSelect() ? name + "_choices" : null,
                PostedText.texts(form, "label", languages),
                PostedText.texts(form, "hint", languages),
                "true".equals(form.getFirst("required")),
                null,
                PostedText.valueOrNull(form, "relevant"),
                PostedText.valueOrNull(form, "constraint"),
                PostedText.texts(form, "constraintMessage", languages),
                PostedText.valueOrNull(form, "choiceFilter"),
                null,
                null,
                PostedText.valueOrNull(form, "calculation"));
        String choiceLines = PostedText.value(form, "choices");
        try {
            surveys.update(
                    user,
                    formId,
                    version,
                    QuestionnaireEdits.put(
                            q,
                            PostedText.valueOrNull(form, "replacing"),
                            form.getFirst("section"),
                            question,
                            parseChoices(choiceLines, languages)));
            redirect.addFlashAttribute("notice", "surveys.saved");
            return "redirect:/surveys/" + formId + "/builder";
        } catch (XlsForm.RejectedFormException e) {
            model.addAttribute("problems", problems.of(e));
        } catch (ConcurrentEditException e) {
            model.addAttribute("problems", problems.of("error.concurrentEdit"));
        }
        response.setStatus(422);
        return questionForm(formId, question, choiceLines, user, model);
    }

    @GetMapping("/preview")
    String preview(
            @PathVariable String formId,
            @RequestParam(required = false) String language,
            CurrentUser user,
            Model model) {
        surveys.requireManager(user, formId);
        Questionnaire q = surveys.definition(formId);
        String tag = language != null && q.languages().contains(language) ? language : q.defaultLanguage();
        model.addAttribute("q", q);
        model.addAttribute("language", tag);
        model.addAttribute("locale", Locale.forLanguageTag(tag));
        model.addAttribute("pages", QuestionnairePages.pages(q));
        return "surveys/preview";
    }

    private String edit(
            String formId, long version, CurrentUser user, RedirectAttributes redirect, Questionnaire edited) {
        try {
            surveys.update(user, formId, version, edited);
            redirect.addFlashAttribute("notice", "surveys.saved");
        } catch (XlsForm.RejectedFormException e) {
            redirect.addFlashAttribute("problems", problems.of(e));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problems", problems.of("error.concurrentEdit"));
        }
        return "redirect:/surveys/" + formId + "/builder";
    }

    /** Choices as the builder shows them: one per line, its code then its label in each language, split by |. */
    private static String choiceLines(Questionnaire q, Questionnaire.Question question) {
        StringBuilder lines = new StringBuilder();
        for (Questionnaire.Choice c : q.choicesOf(question)) {
            lines.append(c.name());
            for (String l : q.languages()) {
                lines.append(" | ").append(c.label().get(l).orElse(""));
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static List<Questionnaire.Choice> parseChoices(String text, List<String> languages) {
        List<Questionnaire.Choice> choices = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < languages.size() && i + 1 < parts.length; i++) {
                if (!parts[i + 1].isBlank()) {
                    labels.put(languages.get(i), parts[i + 1].strip());
                }
            }
            choices.add(new Questionnaire.Choice(parts[0].strip(), LocalizedText.of(labels), Map.of()));
        }
        return choices;
    }
}
