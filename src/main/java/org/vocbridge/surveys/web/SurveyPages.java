package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.QuestionnaireEdits;
import org.vocbridge.surveys.RespondentFlow;
import org.vocbridge.surveys.SurveyDistribution;
import org.vocbridge.surveys.SurveyResults;
import org.vocbridge.surveys.SurveyService;
import org.vocbridge.surveys.XlsForm;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Survey owners' pages: the list with import and creation, a survey's page (its links, dates,
 * consent page, invitations, quotas, downloads), its results, and the builder (add, edit, reorder,
 * remove questions; preview every page in any of its languages).
 */
@Controller
@RequestMapping("/surveys")
class SurveyPages {

    private final SurveyService surveys;
    private final SurveyDistribution distribution;
    private final SurveyResults results;
    private final TaxonomyApi taxonomy;
    private final MessageSource messages;

    SurveyPages(
            SurveyService surveys,
            SurveyDistribution distribution,
            SurveyResults results,
            TaxonomyApi taxonomy,
            MessageSource messages) {
        this.surveys = surveys;
        this.distribution = distribution;
        this.results = results;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

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
            response.setStatus(422);
            model.addAttribute("problems", problems(e));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("problems", problems(e));
        }
        return list(model);
    }

    @PostMapping("/new")
    String create(
            @RequestParam String formId,
            @RequestParam MultiValueMap<String, String> form,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        LocalizedText title = texts(form, "title", List.of("zh", "en", "ru"));
        Questionnaire q = new Questionnaire(
                formId.strip(),
                LocalDate.now(ZoneOffset.UTC).toString(),
                title,
                "en",
                List.of("zh", "en", "ru"),
                List.of(new Questionnaire.Question(
                        "welcome",
                        QuestionType.NOTE,
                        null,
                        title,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                Map.of());
        try {
            surveys.create(user, q, false);
            return "redirect:/surveys/" + q.formId() + "/builder";
        } catch (XlsForm.RejectedFormException e) {
            model.addAttribute("problems", problems(e));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", problems(e));
        }
        response.setStatus(422);
        return list(model);
    }

    @GetMapping("/{formId}")
    String survey(@PathVariable String formId, CurrentUser user, Model model) {
        model.addAttribute("survey", surveys.get(formId));
        boolean manager = surveys.canManage(user, formId);
        model.addAttribute("manager", manager);
        model.addAttribute("settings", distribution.settings(formId));
        if (manager) {
            model.addAttribute("links", distribution.links(user, formId));
            model.addAttribute("invitations", distribution.invitations(formId));
            model.addAttribute("quotas", distribution.quotas(formId));
            model.addAttribute("countries", taxonomy.countries());
            model.addAttribute(
                    "choiceQuestions",
                    surveys.definition(formId).singleQuestions().stream()
                            .filter(q -> q.type() == QuestionType.SELECT_ONE)
                            .toList());
        }
        return "surveys/survey";
    }

    @PostMapping("/{formId}/settings")
    String settings(
            @PathVariable String formId,
            @RequestParam MultiValueMap<String, String> form,
            CurrentUser user,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response) {
        List<String> languages = surveys.definition(formId).languages();
        try {
            distribution.configure(
                    user,
                    formId,
                    new SurveyDistribution.Settings(
                            instant(form.getFirst("opensAt")),
                            instant(form.getFirst("closesAt")),
                            texts(form, "consentText", languages),
                            texts(form, "guardianText", languages),
                            integer(form.getFirst("adultAge"), 18),
                            form.getFirst("countryQuestion"),
                            "true".equals(form.getFirst("invitationOnly")),
                            integer(form.getFirst("suppressionK"), 5),
                            "true".equals(form.getFirst("resultsPublished"))));
            redirect.addFlashAttribute("notice", "surveys.saved");
            return "redirect:/surveys/" + formId;
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
    }

    @PostMapping("/{formId}/links")
    String addLink(
            @PathVariable String formId,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String country,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            distribution.addLink(user, formId, channel, country, null);
            return "redirect:/surveys/" + formId + "#links";
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
    }

    @PostMapping("/{formId}/links/{id}")
    String setLinkActive(
            @PathVariable String formId, @PathVariable long id, @RequestParam boolean active, CurrentUser user) {
        distribution.setLinkActive(user, formId, id, active);
        return "redirect:/surveys/" + formId + "#links";
    }

    @PostMapping("/{formId}/invitations")
    String invite(
            @PathVariable String formId,
            @RequestParam(defaultValue = "0") int count,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("codes", distribution.invite(user, formId, count));
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
        return survey(formId, user, model);
    }

    @PostMapping("/{formId}/quotas")
    String quota(
            @PathVariable String formId,
            @RequestParam String country,
            @RequestParam(defaultValue = "0") int maxResponses,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            distribution.setQuota(user, formId, country, maxResponses);
            return "redirect:/surveys/" + formId + "#quotas";
        } catch (InvalidInputException e) {
            return refused(e, formId, user, model, response);
        }
    }

    /** The survey's page again with what was wrong (422), nothing changed. */
    private String refused(
            InvalidInputException e, String formId, CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problems", problems(e));
        return survey(formId, user, model);
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
        SurveyResults.Results r = results.results(user, formId, by, published);
        model.addAttribute("results", r);
        model.addAttribute("manager", surveys.canManage(user, formId));
        model.addAttribute("groupings", SurveyResults.GROUPINGS);
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

    @GetMapping("/{formId}/builder")
    String builder(@PathVariable String formId, CurrentUser user, Model model) {
        surveys.requireManager(user, formId);
        Questionnaire q = surveys.definition(formId);
        model.addAttribute("survey", surveys.get(formId));
        model.addAttribute("q", q);
        model.addAttribute("version", surveys.version(formId));
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("pages", RespondentFlow.pages(q));
        return "surveys/builder";
    }

    @PostMapping("/{formId}/builder/move")
    String move(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam int by,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return edit(formId, version, user, redirect, QuestionnaireEdits.move(surveys.definition(formId), name, by));
    }

    @PostMapping("/{formId}/builder/remove")
    String remove(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        return edit(formId, version, user, redirect, QuestionnaireEdits.remove(surveys.definition(formId), name));
    }

    @PostMapping("/{formId}/builder/section")
    String addSection(
            @PathVariable String formId,
            @RequestParam String name,
            @RequestParam(defaultValue = "false") boolean repeat,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam long version,
            CurrentUser user,
            RedirectAttributes redirect) {
        Questionnaire q = surveys.definition(formId);
        return edit(
                formId,
                version,
                user,
                redirect,
                QuestionnaireEdits.addSection(
                        q,
                        new Questionnaire.Section(
                                name.strip(),
                                repeat,
                                texts(form, "label", q.languages()),
                                null,
                                "field-list",
                                List.of())));
    }

    @GetMapping("/{formId}/builder/question")
    String questionForm(
            @PathVariable String formId, @RequestParam(required = false) String name, CurrentUser user, Model model) {
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
        Questionnaire.Question question = name == null ? null : q.question(name).orElse(null);
        model.addAttribute("question", question);
        model.addAttribute("choiceLines", question == null ? "" : choiceLines(q, question));
        return "surveys/question";
    }

    @PostMapping("/{formId}/builder/question")
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
        String name = value(form, "name");
        QuestionType type = java.util.Arrays.stream(QuestionType.values())
                .filter(t -> t.xlsForm.equals(value(form, "type")))
                .findFirst()
                .orElse(QuestionType.TEXT);
        String listName = type.isSelect() ? name + "_choices" : null;
        Questionnaire.Question question = new Questionnaire.Question(
                name,
                type,
                listName,
                texts(form, "label", languages),
                texts(form, "hint", languages),
                "true".equals(form.getFirst("required")),
                null,
                blankToNull(form.getFirst("relevant")),
                blankToNull(form.getFirst("constraint")),
                texts(form, "constraintMessage", languages),
                blankToNull(form.getFirst("choiceFilter")),
                null,
                null,
                blankToNull(form.getFirst("calculation")));
        List<Questionnaire.Choice> choices = parseChoices(value(form, "choices"), languages);
        String replacing = blankToNull(form.getFirst("replacing"));
        try {
            surveys.update(
                    user,
                    formId,
                    version,
                    QuestionnaireEdits.put(q, replacing, form.getFirst("section"), question, choices));
            redirect.addFlashAttribute("notice", "surveys.saved");
            return "redirect:/surveys/" + formId + "/builder";
        } catch (XlsForm.RejectedFormException e) {
            model.addAttribute("problems", problems(e));
        } catch (ConcurrentEditException e) {
            model.addAttribute("problems", List.of(message("error.concurrentEdit")));
        }
        response.setStatus(422);
        questionForm(formId, replacing, user, model);
        model.addAttribute("question", question);
        model.addAttribute("choiceLines", value(form, "choices"));
        return "surveys/question";
    }

    @GetMapping("/{formId}/preview")
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
        model.addAttribute("pages", RespondentFlow.pages(q));
        return "surveys/preview";
    }

    private String edit(
            String formId, long version, CurrentUser user, RedirectAttributes redirect, Questionnaire edited) {
        try {
            surveys.update(user, formId, version, edited);
            redirect.addFlashAttribute("notice", "surveys.saved");
        } catch (XlsForm.RejectedFormException e) {
            redirect.addFlashAttribute("problems", problems(e));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problems", List.of(message("error.concurrentEdit")));
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

    private List<String> problems(XlsForm.RejectedFormException e) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.code(), p.args().toArray(), p.code(), LocaleContextHolder.getLocale()))
                .distinct()
                .toList();
    }

    private List<String> problems(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.code(), p.args(), p.code(), LocaleContextHolder.getLocale()))
                .toList();
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    private static LocalizedText texts(MultiValueMap<String, String> form, String field, List<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String l : languages) {
            String v = form.getFirst(field + "_" + l);
            if (v != null && !v.isBlank()) {
                texts.put(l, v.strip());
            }
        }
        return LocalizedText.of(texts);
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String date) {
        return date == null || date.isBlank()
                ? null
                : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static int integer(String value, int otherwise) {
        return value != null && value.strip().matches("\\d{1,3}") ? Integer.parseInt(value.strip()) : otherwise;
    }
}
