package org.vocbridge.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.domain.AnswerCheck;
import org.vocbridge.surveys.domain.RespondentFlow;
import org.vocbridge.surveys.domain.SubmissionLimit;

/**
 * The pages respondents answer on: plain HTML forms, one page at a time, that work on any phone
 * with or without JavaScript (skip logic and validation happen here, on the server). Questions are
 * shown in the respondent's language (any the questionnaire has); the buttons in the site's.
 */
@Controller
@RequestMapping("/s/{token}")
@RequiredArgsConstructor
class RespondentPages {

    private final RespondentFlow flow;
    private final SubmissionLimit limit;
    private final MessageSource messages;

    /** One question as a page shows it. */
    record Field(
            String name,
            String kind,
            LocalizedText.Resolved label,
            LocalizedText.Resolved hint,
            boolean required,
            String value,
            List<Option> options,
            List<String> errors,
            boolean heading) {

        public boolean hasChoices() {
            return !options.isEmpty();
        }
    }

    record Option(String value, LocalizedText.Resolved label, boolean selected) {}

    record LanguageLink(String tag, String name, String href, boolean current) {}

    @GetMapping
    String landing(@PathVariable String token, Model model) {
        return landing(token, model, null);
    }

    private String landing(String token, Model model, List<String> errors) {
        RespondentFlow.Landing landing = flow.landing(token);
        Map<String, String> names = new HashMap<>();
        landing.languages().forEach(tag -> {
            Locale l = Locale.forLanguageTag(tag);
            names.put(tag, l.getDisplayName(l));
        });
        model.addAttribute("landing", landing);
        model.addAttribute("languageNames", names);
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "surveys/landing";
    }

    @PostMapping("/start")
    String start(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) String invitationCode,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        limit.take(request.getRemoteAddr());
        try {
            String code = flow.start(token, language, invitationCode);
            return "redirect:/s/" + token + "/r/" + code;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return landing(token, model, messagesOf(e.problems()));
        }
    }

    @PostMapping("/resume")
    String resume(@PathVariable String token, @RequestParam(defaultValue = "") String code) {
        // a code is letters and digits; anything else (or nothing) finds no draft, and never reaches the address
        String normalized = code.replaceAll("[\\s-]", "");
        String segment = normalized.matches("[A-Za-z0-9]{1,64}") ? normalized : "-";
        return "redirect:/s/" + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8) + "/r/" + segment;
    }

    @GetMapping("/r/{code}")
    String page(
            @PathVariable String token,
            @PathVariable String code,
            @RequestParam(required = false) String language,
            Model model) {
        if (language != null) {
            flow.changeLanguage(token, code, language);
        }
        return show(token, code, flow.position(token, code), List.of(), model);
    }

    @PostMapping("/r/{code}/consent")
    String consent(
            @PathVariable String token,
            @PathVariable String code,
            @RequestParam(required = false) String age,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "false") boolean guardianConsent,
            Model model,
            HttpServletResponse response) {
        Integer years = age != null && age.strip().matches("\\d{1,3}") ? Integer.valueOf(age.strip()) : null;
        List<InvalidInputException.FieldProblem> problems = flow.consent(token, code, years, consent, guardianConsent);
        if (problems.isEmpty()) {
            return "redirect:/s/" + token + "/r/" + code;
        }
        response.setStatus(422);
        model.addAttribute("age", age);
        model.addAttribute("consent", consent);
        model.addAttribute("guardianConsent", guardianConsent);
        return show(token, code, flow.position(token, code), problems, model);
    }

    /**
     * The current page as these answers would show it, nothing stored: the page's script shows the
     * questions its skip logic now asks in place (without it, "Next" asks them before moving on).
     */
    @PostMapping("/r/{code}/shown")
    String shown(
            @PathVariable String token,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        return show(token, code, flow.preview(token, code, answersOf(form)), List.of(), model);
    }

    /** A page's answers by question: the form's {@code a.<name>} fields, a multiple choice's values joined. */
    private static Map<String, String> answersOf(MultiValueMap<String, String> form) {
        Map<String, String> answers = new HashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith("a.")) {
                answers.put(
                        key.substring(2),
                        String.join(
                                " ", values.stream().filter(v -> !v.isBlank()).toList()));
            }
        });
        return answers;
    }

    @PostMapping("/r/{code}")
    String answer(
            @PathVariable String token,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response) {
        // "add:<repeat>" and "remove:<repeat>:<instance>" act on a repeated section of the page
        String[] pressed = (form.getFirst("action") == null ? "" : form.getFirst("action")).split(":", 3);
        RespondentFlow.Action action =
                switch (pressed[0]) {
                    case "back" -> RespondentFlow.Action.BACK;
                    case "save" -> RespondentFlow.Action.SAVE;
                    case "add" -> RespondentFlow.Action.ADD;
                    case "remove" -> RespondentFlow.Action.REMOVE;
                    default -> RespondentFlow.Action.NEXT;
                };
        String repeat = pressed.length > 1 ? pressed[1] : null;
        int instance = pressed.length > 2 && pressed[2].matches("\\d{1,3}") ? Integer.parseInt(pressed[2]) : 0;
        Map<String, String> answers = answersOf(form);
        if (action == RespondentFlow.Action.NEXT) {
            limit.take(request.getRemoteAddr());
        }
        RespondentFlow.Step step = flow.answer(token, code, answers, action, repeat, instance);
        if (step.done()) {
            RespondentFlow.Landing landing = flow.landing(token);
            model.addAttribute("receipt", step.receipt());
            model.addAttribute(
                    "receiptCode", RespondentCodes.receipt(step.receipt().instanceId()));
            model.addAttribute("landingTitle", landing.title());
            model.addAttribute("formId", landing.formId());
            return "surveys/done";
        }
        if (action == RespondentFlow.Action.SAVE) {
            model.addAttribute("token", token);
            model.addAttribute("code", RespondentCodes.grouped(code));
            model.addAttribute("landingTitle", flow.landing(token).title());
            return "surveys/saved";
        }
        if (step.problems().isEmpty()) {
            return "redirect:/s/" + token + "/r/" + code;
        }
        response.setStatus(422);
        return show(token, code, flow.position(token, code), step.problems(), model);
    }

    private String show(
            String token,
            String code,
            RespondentFlow.Position at,
            List<InvalidInputException.FieldProblem> problems,
            Model model) {
        Locale language = Locale.forLanguageTag(at.language());
        Questionnaire q = at.questionnaire();
        model.addAttribute("at", at);
        model.addAttribute("token", token);
        model.addAttribute("code", code);
        model.addAttribute("codeShown", RespondentCodes.grouped(code));
        model.addAttribute("surveyTitle", at.surveyTitle().resolve(language));
        model.addAttribute("respondentLanguage", at.language());
        List<LanguageLink> languages = new ArrayList<>();
        for (String tag : q.languages()) {
            String href = "/s/" + token + "/r/" + code + "?language=" + tag
                    + (Texts.EXPECTED_LANGUAGES.contains(tag) ? "&lang=" + tag : "");
            Locale l = Locale.forLanguageTag(tag);
            languages.add(new LanguageLink(tag, l.getDisplayName(l), href, tag.equals(at.language())));
        }
        model.addAttribute("languages", languages);
        Map<String, List<String>> errors = new HashMap<>();
        List<String> pageErrors = new ArrayList<>();
        for (InvalidInputException.FieldProblem p : problems) {
            String name = p.field().startsWith("answers.") ? p.field().substring("answers.".length()) : p.field();
            String text = message(q, name, p, language);
            if (q.question(Questionnaire.questionOf(name)).isPresent()
                    || List.of("age", "consent", "guardianConsent").contains(name)) {
                errors.computeIfAbsent(name, n -> new ArrayList<>()).add(text);
            } else {
                pageErrors.add(text);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("pageErrors", pageErrors);
        if (at.consentPage()) {
            model.addAttribute("consentText", at.consentText().resolve(language));
            model.addAttribute("guardianText", at.guardianText().resolve(language));
            return "surveys/consent";
        }
        List<Field> fields = new ArrayList<>();
        if (at.page() != null) {
            addFields(q, at.page().items(), at, at.answers(), "", language, errors, fields);
            model.addAttribute(
                    "pageTitle",
                    at.page().title() == null ? null : at.page().title().resolve(language));
        }
        model.addAttribute("fields", fields);
        return "surveys/page";
    }

    /**
     * The fields of these items; {@code answers} has them by question name (for an instance of a
     * repeated section, that instance's), and a field's name is its answer's key: the question's
     * name followed by {@code suffix}.
     */
    private void addFields(
            Questionnaire q,
            List<Questionnaire.Item> items,
            RespondentFlow.Position at,
            Map<String, String> answers,
            String suffix,
            Locale language,
            Map<String, List<String>> errors,
            List<Field> fields) {
        for (Questionnaire.Item item : items) {
            if (!at.relevant().contains(item.name() + suffix)) {
                continue;
            }
            if (item instanceof Questionnaire.Section s) {
                LocalizedText.Resolved label = resolve(s.label(), language);
                fields.add(new Field(s.name(), "heading", label, null, false, "", List.of(), List.of(), true));
                if (!s.repeat()) {
                    addFields(q, s.items(), at, answers, suffix, language, errors, fields);
                    continue;
                }
                for (int i = 1; i <= Questionnaire.instances(s, answers); i++) {
                    fields.add(new Field(
                            s.name(),
                            "instance",
                            label,
                            null,
                            false,
                            Integer.toString(i),
                            List.of(),
                            errors.getOrDefault(s.name(), List.of()),
                            false));
                    addFields(
                            q,
                            s.items(),
                            at,
                            Questionnaire.instanceAnswers(s, i, answers),
                            "#" + i,
                            language,
                            errors,
                            fields);
                }
                if (Questionnaire.instances(s, answers) < Questionnaire.Section.MAX_INSTANCES) {
                    fields.add(new Field(s.name(), "add", label, null, false, "", List.of(), List.of(), false));
                }
                continue;
            }
            Questionnaire.Question question = (Questionnaire.Question) item;
            if (question.type() == QuestionType.CALCULATE) {
                continue;
            }
            String key = question.name() + suffix;
            String value = answers.getOrDefault(question.name(), "");
            if (value.isEmpty()
                    && question.defaultValue() != null
                    && !at.answers().containsKey(key)) {
                value = question.defaultValue();
            }
            List<Option> options = new ArrayList<>();
            if (question.type().isSelect()) {
                List<String> offered = AnswerCheck.offered(q, question, answers);
                List<String> picked = List.of(value.split("\\s+"));
                for (Questionnaire.Choice choice : q.choicesOf(question)) {
                    if (offered.contains(choice.name())) {
                        options.add(new Option(
                                choice.name(), resolve(choice.label(), language), picked.contains(choice.name())));
                    }
                }
            }
            // XLSForm's "multiline" appearance asks for a box of several lines
            boolean multiline = question.type() == QuestionType.TEXT
                    && question.appearance() != null
                    && question.appearance().contains("multiline");
            fields.add(new Field(
                    key,
                    multiline ? "multiline" : question.type().xlsForm,
                    resolve(question.label(), language),
                    question.hint() == null || question.hint().isEmpty() ? null : resolve(question.hint(), language),
                    question.required(),
                    value,
                    options,
                    errors.getOrDefault(key, List.of()),
                    false));
        }
    }

    /** A problem in words: the form's own message for the question (in the respondent's language) if it has one. */
    private String message(
            Questionnaire q, String name, InvalidInputException.FieldProblem p, Locale respondentLanguage) {
        var question = q.question(Questionnaire.questionOf(name));
        if (question.isPresent()) {
            LocalizedText own = p.code().equals("error.survey.required")
                    ? question.get().requiredMessage()
                    : p.code().equals("error.survey.constraint")
                            ? question.get().constraintMessage()
                            : null;
            if (own != null && !own.isEmpty()) {
                return own.resolve(respondentLanguage).text();
            }
            // the respondent knows the question by its words, not by the name the form gives it
            String words = resolve(question.get().label(), respondentLanguage).text();
            Object[] args = p.args().clone();
            if (args.length > 0 && words != null && !words.isBlank()) {
                args[0] = words;
            }
            return messages.getMessage(
                    p.code(), args, p.code(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        return messages.getMessage(
                p.code(), p.args(), p.code(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private List<String> messagesOf(List<InvalidInputException.FieldProblem> problems) {
        return problems.stream()
                .map(p -> messages.getMessage(
                        p.code(), p.args(), p.code(), org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .toList();
    }

    private static LocalizedText.Resolved resolve(LocalizedText text, Locale language) {
        return (text == null ? LocalizedText.EMPTY : text).resolve(language);
    }
}
