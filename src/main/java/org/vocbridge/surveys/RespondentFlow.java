package org.vocbridge.surveys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.surveys.domain.Draft;
import org.vocbridge.surveys.domain.DraftRepository;
import org.vocbridge.surveys.domain.Link;
import org.vocbridge.surveys.domain.Survey;

/**
 * Answering a survey page by page on the server, so that it works on any phone without JavaScript:
 * the consent page when the survey has one, then each relevant page in turn (skip logic and
 * validation evaluated here on every page), the answers so far kept in a draft that a resume code
 * opens again, and at the end the response submitted with the instance ID the draft was created
 * with.
 */
@Service
public class RespondentFlow {

    /** Drafts untouched this long are deleted. */
    static final Duration DRAFT_LIFETIME = Duration.ofDays(60);

    private final SurveyService surveys;
    private final SurveyDistribution distribution;
    private final ResponseService responses;
    private final DraftRepository drafts;
    private final TransactionTemplate transactions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RespondentFlow(
            SurveyService surveys,
            SurveyDistribution distribution,
            ResponseService responses,
            DraftRepository drafts,
            TransactionTemplate transactions,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.surveys = surveys;
        this.distribution = distribution;
        this.responses = responses;
        this.drafts = drafts;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * A page of the questionnaire: a top-level section, or a top-level question on its own.
     *
     * @param title the section's label, or null for a question's page
     */
    public record Page(int index, String name, LocalizedText title, List<Questionnaire.Item> items) {}

    /** Where a respondent is: the survey, the link they came by, their draft and its page (or the consent page). */
    public record Position(
            String formId,
            LocalizedText surveyTitle,
            Questionnaire questionnaire,
            Link link,
            String language,
            Map<String, String> answers,
            boolean consentPage,
            LocalizedText consentText,
            LocalizedText guardianText,
            int adultAge,
            Page page,
            int pageCount,
            Set<String> relevant,
            boolean first) {}

    public enum Action {
        BACK,
        NEXT,
        SAVE,
        /** Adds an instance of a repeated section of the page. */
        ADD,
        /** Removes an instance of a repeated section of the page; the later ones move up. */
        REMOVE
    }

    /**
     * What came of a page's answers.
     *
     * @param problems what is wrong on the page (nothing moved on)
     * @param receipt the stored response once the last page is done
     */
    public record Step(List<InvalidInputException.FieldProblem> problems, ResponseService.Receipt receipt) {

        public boolean done() {
            return receipt != null;
        }
    }

    public record Landing(
            String formId, LocalizedText title, List<String> languages, boolean open, boolean invitationOnly) {}

    public Landing landing(String token) {
        return transactions.execute(status -> {
            Link link = distribution.activeLink(token);
            Survey survey = surveys.requireById(link.surveyId());
            Questionnaire q = surveys.questionnaire(survey);
            return new Landing(
                    survey.formId(),
                    survey.title(),
                    q.languages(),
                    survey.isOpen(Instant.now()),
                    survey.invitationOnly());
        });
    }

    /** Starts a draft and returns its resume code (shown to the respondent, kept only as its hash). */
    public String start(String token, String language, String invitationCode) {
        return transactions.execute(status -> {
            Link link = distribution.activeLink(token);
            Survey survey = surveys.requireById(link.surveyId());
            Questionnaire q = surveys.questionnaire(survey);
            InputCheck check = new InputCheck();
            if (!survey.isOpen(Instant.now())) {
                check.reject("survey", "error.survey.closed");
            }
            String invitation = null;
            if (invitationCode != null && !invitationCode.isBlank()) {
                invitation = Codes.hash(invitationCode);
                long unused = jdbc.sql("select count(*) from surveys_invitation where survey_id = ? and code_hash = ?"
                                + " and response_id is null")
                        .params(survey.id(), invitation)
                        .query(Long.class)
                        .single();
                if (unused == 0) {
                    check.reject("invitationCode", "error.survey.invitationUsed");
                }
            } else if (survey.invitationOnly()) {
                check.reject("invitationCode", "error.survey.invitationRequired");
            }
            check.throwIfAny();
            String code = Codes.random(12);
            Draft draft = new Draft(
                    survey.id(),
                    link.id(),
                    Codes.hash(code),
                    "uuid:" + UUID.randomUUID(),
                    q.languages().contains(language) ? language : q.defaultLanguage(),
                    invitation);
            if (survey.consentText() == null) {
                draft.consent(null);
                draft.answer(Map.of(), firstRelevant(q, Map.of(), 0));
            }
            drafts.save(draft);
            return code;
        });
    }

    public Position position(String token, String code) {
        return transactions.execute(status -> {
            Draft draft = draft(token, code);
            return position(draft);
        });
    }

    public void changeLanguage(String token, String code, String language) {
        transactions.executeWithoutResult(status -> {
            Draft draft = draft(token, code);
            Questionnaire q = surveys.questionnaire(surveys.requireById(draft.surveyId()));
            if (q.languages().contains(language)) {
                draft.setLanguage(language);
            }
        });
    }

    /** The consent page's answers: an age, the respondent's consent, and for a minor the guardian's. */
    public List<InvalidInputException.FieldProblem> consent(
            String token, String code, Integer age, boolean consent, boolean guardianConsent) {
        return transactions.execute(status -> {
            Draft draft = draft(token, code);
            Survey survey = surveys.requireById(draft.surveyId());
            InputCheck check = new InputCheck();
            ResponseService.checkConsent(
                    survey.consentText() != null, survey.adultAge(), consent, age, guardianConsent, check);
            List<InvalidInputException.FieldProblem> problems = problems(check);
            if (problems.isEmpty()) {
                draft.consent(age);
                draft.answer(draft.answers(), firstRelevant(surveys.questionnaire(survey), draft.answers(), 0));
            }
            return problems;
        });
    }

    /**
     * Takes the answers of the draft's current page and moves as the respondent asked.
     *
     * @param repeat the repeated section to add an instance to or remove one from, else null
     * @param instance the instance to remove (from 1)
     */
    public Step answer(
            String token, String code, Map<String, String> pageAnswers, Action action, String repeat, int instance) {
        record Moved(Step step, Draft draft, Survey survey) {}
        Moved moved = transactions.execute(status -> {
            Draft draft = draft(token, code);
            Survey survey = surveys.requireById(draft.surveyId());
            Questionnaire q = surveys.questionnaire(survey);
            if (!draft.consented()) {
                return new Moved(new Step(List.of(), null), draft, survey);
            }
            List<Page> pages = pages(q);
            Page page = pages.get(Math.min(draft.page(), pages.size() - 1));
            Set<String> onPage = new HashSet<>();
            for (Questionnaire.Item item : page.items()) {
                keys(item, draft.answers(), onPage);
            }
            Map<String, String> merged = new LinkedHashMap<>(draft.answers());
            for (String name : onPage) {
                String value = pageAnswers.get(name);
                merged.put(name, value == null ? "" : value.strip());
            }
            switch (action) {
                case BACK -> {
                    draft.answer(merged, previousRelevant(q, merged, page.index()));
                    return new Moved(new Step(List.of(), null), draft, survey);
                }
                case SAVE -> {
                    draft.answer(merged, page.index());
                    return new Moved(new Step(List.of(), null), draft, survey);
                }
                case ADD, REMOVE -> {
                    repeatOn(page.items(), repeat).ifPresent(s -> {
                        if (action == Action.ADD) {
                            addInstance(s, merged);
                        } else {
                            removeInstance(s, instance, merged);
                        }
                    });
                    draft.answer(merged, page.index());
                    return new Moved(new Step(List.of(), null), draft, survey);
                }
                default -> {
                    // a question of this page that the answers just made relevant is asked before moving on
                    Set<String> before = AnswerCheck.relevant(q, draft.answers(), LocalDate.now());
                    Set<String> after = AnswerCheck.relevant(q, merged, LocalDate.now());
                    boolean revealed = onPage.stream()
                            .anyMatch(n -> after.contains(n)
                                    && !before.contains(n)
                                    && merged.get(n).isEmpty());
                    if (revealed) {
                        draft.answer(merged, page.index());
                        return new Moved(new Step(List.of(), null), draft, survey);
                    }
                    InputCheck check = new InputCheck();
                    AnswerCheck.check(q, nonEmpty(merged), LocalDate.now(), onPage::contains, check);
                    int next = check.hasProblems() ? page.index() : firstRelevant(q, merged, page.index() + 1);
                    draft.answer(merged, next);
                    return new Moved(new Step(problems(check), null), draft, survey);
                }
            }
        });
        Draft draft = moved.draft();
        if (action != Action.NEXT
                || !moved.step().problems().isEmpty()
                || draft.page() < pages(surveys.questionnaire(moved.survey())).size()) {
            return moved.step();
        }
        try {
            ResponseService.Receipt receipt = responses.submit(
                    moved.survey().formId(),
                    new ResponseService.Submission(
                            draft.instanceId(),
                            draft.language(),
                            token, // the submission checks the link is still on
                            null,
                            draft.age(),
                            draft.consented(),
                            draft.consented(),
                            nonEmpty(draft.answers())),
                    draft.invitationHash());
            transactions.executeWithoutResult(status -> drafts.deleteById(draft.id()));
            return new Step(List.of(), receipt);
        } catch (InvalidInputException e) {
            // the answers stay in the draft; the last page shows what stopped them
            transactions.executeWithoutResult(status -> drafts.findById(draft.id())
                    .ifPresent(d -> d.answer(
                            d.answers(),
                            Math.max(
                                    0,
                                    pages(surveys.questionnaire(moved.survey())).size() - 1))));
            return new Step(e.problems(), null);
        }
    }

    /** Deletes drafts nobody has touched for {@link #DRAFT_LIFETIME}. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    public void deleteIdleDrafts() {
        transactions.executeWithoutResult(
                status -> drafts.deleteIdleSince(Instant.now().minus(DRAFT_LIFETIME)));
    }

    /**
     * The pages of a questionnaire: each top-level section (a repeated one with all its instances),
     * and each top-level question other than a calculation.
     */
    public static List<Page> pages(Questionnaire q) {
        List<Page> pages = new ArrayList<>();
        for (Questionnaire.Item item : q.items()) {
            if (item instanceof Questionnaire.Section s && s.repeat()) {
                pages.add(new Page(pages.size(), s.name(), null, List.of(s))); // the section heads its instances
            } else if (item instanceof Questionnaire.Section s) {
                pages.add(new Page(pages.size(), s.name(), s.label(), s.items()));
            } else if (((Questionnaire.Question) item).type() != QuestionType.CALCULATE) {
                pages.add(new Page(pages.size(), item.name(), null, List.of(item)));
            }
        }
        return pages;
    }

    private Position position(Draft draft) {
        Survey survey = surveys.requireById(draft.surveyId());
        Questionnaire q = surveys.questionnaire(survey);
        Link link = distribution.linkById(draft.linkId());
        List<Page> pages = pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, draft.answers(), LocalDate.now());
        Page page = draft.consented() && !pages.isEmpty() ? pages.get(Math.min(draft.page(), pages.size() - 1)) : null;
        return new Position(
                survey.formId(),
                survey.title(),
                q,
                link,
                draft.language(),
                draft.answers(),
                !draft.consented(),
                survey.consentText(),
                survey.guardianText(),
                survey.adultAge(),
                page,
                pages.size(),
                relevant,
                page != null && previousRelevant(q, draft.answers(), page.index()) == page.index());
    }

    private Draft draft(String token, String code) {
        Link link = distribution.activeLink(token);
        return drafts.findByCodeHash(Codes.hash(code == null ? "" : code))
                .filter(d -> d.linkId() == link.id())
                .orElseThrow(() -> new NotFoundException("Draft", "?"));
    }

    /** The first page from {@code from} on that has a relevant question; the page count when none has. */
    static int firstRelevant(Questionnaire q, Map<String, String> answers, int from) {
        List<Page> pages = pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, answers, LocalDate.now());
        for (int i = from; i < pages.size(); i++) {
            if (hasRelevantQuestion(pages.get(i).items(), relevant)) {
                return i;
            }
        }
        return pages.size();
    }

    private static int previousRelevant(Questionnaire q, Map<String, String> answers, int before) {
        List<Page> pages = pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, answers, LocalDate.now());
        for (int i = Math.min(before, pages.size()) - 1; i >= 0; i--) {
            if (hasRelevantQuestion(pages.get(i).items(), relevant)) {
                return i;
            }
        }
        return Math.min(before, Math.max(0, pages.size() - 1));
    }

    private static boolean hasRelevantQuestion(List<Questionnaire.Item> items, Set<String> relevant) {
        for (Questionnaire.Item item : items) {
            if (!relevant.contains(item.name())) {
                continue;
            }
            if (item instanceof Questionnaire.Section s
                    ? s.repeat() || hasRelevantQuestion(s.items(), relevant)
                    : ((Questionnaire.Question) item).type() != QuestionType.CALCULATE) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the answers to an item, with the instances of a repeated section these answers have. */
    private static void keys(Questionnaire.Item item, Map<String, String> answers, Set<String> keys) {
        if (item instanceof Questionnaire.Section s && s.repeat()) {
            for (int i = 1; i <= Questionnaire.instances(s, answers); i++) {
                for (Questionnaire.Question question : s.questions()) {
                    keys.add(Questionnaire.instanceKey(question.name(), i));
                }
            }
        } else if (item instanceof Questionnaire.Section s) {
            s.items().forEach(i -> keys(i, answers, keys));
        } else {
            keys.add(item.name());
        }
    }

    private static java.util.Optional<Questionnaire.Section> repeatOn(List<Questionnaire.Item> items, String name) {
        for (Questionnaire.Item item : items) {
            if (item instanceof Questionnaire.Section s) {
                if (s.repeat() && s.name().equals(name)) {
                    return java.util.Optional.of(s);
                }
                var inside = repeatOn(s.items(), name);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void addInstance(Questionnaire.Section repeat, Map<String, String> answers) {
        int count = Questionnaire.instances(repeat, answers);
        if (count < Questionnaire.Section.MAX_INSTANCES) {
            answers.put(repeat.name(), Integer.toString(count + 1));
        }
    }

    private static void removeInstance(Questionnaire.Section repeat, int instance, Map<String, String> answers) {
        int count = Questionnaire.instances(repeat, answers);
        if (instance < 1 || instance > count) {
            return;
        }
        for (Questionnaire.Question question : repeat.questions()) {
            for (int i = instance; i < count; i++) {
                answers.put(
                        Questionnaire.instanceKey(question.name(), i),
                        answers.getOrDefault(Questionnaire.instanceKey(question.name(), i + 1), ""));
            }
            answers.remove(Questionnaire.instanceKey(question.name(), count));
        }
        answers.put(repeat.name(), Integer.toString(count - 1));
    }

    private static Map<String, String> nonEmpty(Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static List<InvalidInputException.FieldProblem> problems(InputCheck check) {
        try {
            check.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
