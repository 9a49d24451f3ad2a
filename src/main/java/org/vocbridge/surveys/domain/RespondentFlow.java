package org.vocbridge.surveys.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.surveys.Questionnaire;

/**
 * Answering a survey page by page on the server, so that it works on any phone without JavaScript:
 * the consent page when the survey has one, then each relevant page in turn (skip logic and
 * validation evaluated here on every page), the answers so far kept in a draft that a resume code
 * opens again, and at the end the response submitted with the instance ID the draft was created
 * with.
 */
@Service
@RequiredArgsConstructor
public class RespondentFlow {

    /** Drafts untouched this long are deleted. */
    static final Duration DRAFT_LIFETIME = Duration.ofDays(60);

    private final Surveys surveys;
    private final Distribution distribution;
    private final Responses responses;
    private final DraftRepository drafts;
    private final TransactionTemplate transactions;
    private final InvitationData invitations;

    /** Where a respondent is: the survey, the link they came by, their draft and its page (or the consent page). */
    public record Position(
            String formId,
            LocalizedText surveyTitle,
            Questionnaire questionnaire,
            String language,
            Map<String, String> answers,
            boolean consentPage,
            LocalizedText consentText,
            LocalizedText guardianText,
            int adultAge,
            QuestionnairePages.Page page,
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
    public record Step(List<InvalidInputException.FieldProblem> problems, Responses.Receipt receipt) {

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
                invitation = AccessCodes.hash(invitationCode);
                if (!invitations.unused(survey.id(), invitation)) {
                    check.reject("invitationCode", "error.survey.invitationUsed");
                }
            } else if (survey.invitationOnly()) {
                check.reject("invitationCode", "error.survey.invitationRequired");
            }
            check.throwIfAny();
            String code = AccessCodes.random(12);
            Draft draft = new Draft(
                    survey.id(),
                    link.id(),
                    AccessCodes.hash(code),
                    "uuid:" + UUID.randomUUID(),
                    q.languages().contains(language) ? language : q.defaultLanguage(),
                    invitation);
            if (survey.consentText() == null) {
                draft.consent(null);
                draft.answer(Map.of(), QuestionnairePages.firstRelevant(q, Map.of(), 0));
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

    /**
     * Where the respondent would be with these answers to the current page, nothing stored: the
     * page's questions as its skip logic asks them, for showing them as they are answered.
     */
    public Position preview(String token, String code, Map<String, String> pageAnswers) {
        return transactions.execute(status -> {
            Draft draft = draft(token, code);
            Position at = position(draft);
            if (at.page() == null) {
                return at;
            }
            Set<String> onPage = new HashSet<>();
            for (Questionnaire.Item item : at.page().items()) {
                QuestionnairePages.keys(item, draft.answers(), onPage);
            }
            Map<String, String> merged = new LinkedHashMap<>(draft.answers());
            onPage.forEach(
                    name -> merged.put(name, pageAnswers.getOrDefault(name, "").strip()));
            return new Position(
                    at.formId(),
                    at.surveyTitle(),
                    at.questionnaire(),
                    at.language(),
                    merged,
                    at.consentPage(),
                    at.consentText(),
                    at.guardianText(),
                    at.adultAge(),
                    at.page(),
                    at.pageCount(),
                    AnswerCheck.relevant(at.questionnaire(), merged, LocalDate.now()),
                    at.first());
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
            Responses.checkConsent(
                    survey.consentText() != null, survey.adultAge(), consent, age, guardianConsent, check);
            List<InvalidInputException.FieldProblem> problems = problems(check);
            if (problems.isEmpty()) {
                draft.consent(age);
                draft.answer(
                        draft.answers(),
                        QuestionnairePages.firstRelevant(surveys.questionnaire(survey), draft.answers(), 0));
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
            List<QuestionnairePages.Page> pages = QuestionnairePages.pages(q);
            QuestionnairePages.Page page = pages.get(Math.min(draft.page(), pages.size() - 1));
            Set<String> onPage = new HashSet<>();
            for (Questionnaire.Item item : page.items()) {
                QuestionnairePages.keys(item, draft.answers(), onPage);
            }
            Map<String, String> merged = new LinkedHashMap<>(draft.answers());
            for (String name : onPage) {
                String value = pageAnswers.get(name);
                merged.put(name, value == null ? "" : value.strip());
            }
            switch (action) {
                case BACK -> {
                    draft.answer(merged, QuestionnairePages.previousRelevant(q, merged, page.index()));
                    return new Moved(new Step(List.of(), null), draft, survey);
                }
                case SAVE -> {
                    draft.answer(merged, page.index());
                    return new Moved(new Step(List.of(), null), draft, survey);
                }
                case ADD, REMOVE -> {
                    QuestionnairePages.repeatOn(page.items(), repeat).ifPresent(s -> {
                        if (action == Action.ADD) {
                            QuestionnairePages.addInstance(s, merged);
                        } else {
                            QuestionnairePages.removeInstance(s, instance, merged);
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
                    int next = check.hasProblems()
                            ? page.index()
                            : QuestionnairePages.firstRelevant(q, merged, page.index() + 1);
                    draft.answer(merged, next);
                    return new Moved(new Step(problems(check), null), draft, survey);
                }
            }
        });
        Draft draft = moved.draft();
        if (action != Action.NEXT
                || !moved.step().problems().isEmpty()
                || draft.page()
                        < QuestionnairePages.pages(surveys.questionnaire(moved.survey()))
                                .size()) {
            return moved.step();
        }
        try {
            Responses.Receipt receipt = responses.submitInvited(
                    moved.survey().formId(),
                    new Responses.Submission(
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
                                    QuestionnairePages.pages(surveys.questionnaire(moved.survey()))
                                                    .size()
                                            - 1))));
            return new Step(e.problems(), null);
        }
    }

    /** Deletes drafts nobody has touched for {@link #DRAFT_LIFETIME}. */
    @SchedulerLock(name = "surveys.idle-drafts", lockAtMostFor = "PT5H30M", lockAtLeastFor = "PT5H")
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    public void deleteIdleDrafts() {
        transactions.executeWithoutResult(
                status -> drafts.deleteIdleSince(Instant.now().minus(DRAFT_LIFETIME)));
    }

    private Position position(Draft draft) {
        Survey survey = surveys.requireById(draft.surveyId());
        Questionnaire q = surveys.questionnaire(survey);
        List<QuestionnairePages.Page> pages = QuestionnairePages.pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, draft.answers(), LocalDate.now());
        QuestionnairePages.Page page =
                draft.consented() && !pages.isEmpty() ? pages.get(Math.min(draft.page(), pages.size() - 1)) : null;
        return new Position(
                survey.formId(),
                survey.title(),
                q,
                draft.language(),
                draft.answers(),
                !draft.consented(),
                survey.consentText(),
                survey.guardianText(),
                survey.adultAge(),
                page,
                pages.size(),
                relevant,
                page != null && QuestionnairePages.previousRelevant(q, draft.answers(), page.index()) == page.index());
    }

    private Draft draft(String token, String code) {
        Link link = distribution.activeLink(token);
        return drafts.findByCodeHash(AccessCodes.hash(code == null ? "" : code))
                .filter(d -> d.linkId() == link.id())
                .orElseThrow(() -> new NotFoundException("Draft", "?"));
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
