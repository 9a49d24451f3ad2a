package org.vocbridge.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;
import org.vocbridge.surveys.SurveySummary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Surveys: questionnaires imported from XLSForm by a signed-in user (their owner), read by anyone. */
@Service
@RequiredArgsConstructor
public class Surveys {

    private final SurveyRepository surveys;
    private final ResponseData responses;
    private final LinkRepository links;
    private final JsonMapper json;
    private final AccountsApi accounts;

    /** Imports an XLSForm workbook as a new survey; a rejected one names every problem ({@link XlsForm.RejectedFormException}). */
    @Transactional
    public SurveySummary importXlsForm(CurrentUser user, InputStream xlsx) {
        user.requireSignedIn();
        Questionnaire questionnaire = XlsForm.read(xlsx);
        if (surveys.findByFormId(questionnaire.formId()).isPresent()) {
            new InputCheck()
                    .reject("form_id", "error.survey.formIdTaken", questionnaire.formId())
                    .throwIfAny();
        }
        Survey survey = store(user, questionnaire, false);
        return summary(survey, questionnaire);
    }

    /** Creates a survey from a questionnaire made here (in the builder, or as demo data). */
    @Transactional
    public SurveySummary create(CurrentUser user, Questionnaire questionnaire, boolean demo) {
        user.requireSignedIn();
        QuestionnaireCheck.check(questionnaire);
        if (surveys.findByFormId(questionnaire.formId()).isPresent()) {
            new InputCheck()
                    .reject("formId", "error.survey.formIdTaken", questionnaire.formId())
                    .throwIfAny();
        }
        return summary(store(user, questionnaire, demo), questionnaire);
    }

    /**
     * Starts a survey in the builder: its title, in zh, en and ru, is also the note that opens the
     * questionnaire; its version is today's date.
     */
    @Transactional
    public SurveySummary create(CurrentUser user, String formId, LocalizedText title) {
        List<String> languages = List.of("zh", "en", "ru");
        Questionnaire.Question welcome = new Questionnaire.Question(
                "welcome", QuestionType.NOTE, null, title, null, false, null, null, null, null, null, null, null, null);
        return create(
                user,
                new Questionnaire(
                        formId == null ? "" : formId.strip(),
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        title,
                        "en",
                        languages,
                        List.of(welcome),
                        Map.of()),
                false);
    }

    /** What a form ID may be: XLSForm's, a name that is also one segment of the survey's addresses. */
    static final java.util.regex.Pattern FORM_ID = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,79}");

    private Survey store(CurrentUser user, Questionnaire questionnaire, boolean demo) {
        if (questionnaire.formId() == null
                || !FORM_ID.matcher(questionnaire.formId()).matches()) {
            new InputCheck()
                    .reject("formId", "error.survey.formId", String.valueOf(questionnaire.formId()))
                    .throwIfAny();
        }
        Survey survey = new Survey(questionnaire.formId(), user.username(), demo);
        survey.define(
                questionnaire.title(), json.convertValue(questionnaire, new TypeReference<Map<String, Object>>() {}));
        surveys.save(survey);
        links.save(new Link(survey.id(), AccessCodes.random(12), "public", null, null));
        return survey;
    }

    /**
     * Replaces a survey's questionnaire (its form ID stays), checked as an import would be. Its
     * version is the one the editor started from: another edit since then is a conflict.
     */
    @Transactional
    public Questionnaire update(CurrentUser user, String formId, long version, Questionnaire questionnaire) {
        Survey survey = requireOwned(user, formId);
        if (survey.version() != version) {
            throw new ConcurrentEditException("Survey", formId);
        }
        Questionnaire renamed = new Questionnaire(
                formId,
                questionnaire.version(),
                questionnaire.title(),
                questionnaire.defaultLanguage(),
                questionnaire.languages(),
                questionnaire.items(),
                questionnaire.choices());
        QuestionnaireCheck.check(renamed);
        survey.define(renamed.title(), json.convertValue(renamed, new TypeReference<Map<String, Object>>() {}));
        return renamed;
    }

    /** The version of a survey's questionnaire, which an edit names to detect another edit in between. */
    @Transactional(readOnly = true)
    public long version(String formId) {
        return require(formId).version();
    }

    @Transactional(readOnly = true)
    public List<SurveySummary> all() {
        return surveys.findAllByOrderByCreatedAtDesc().stream()
                .map(s -> summary(s, questionnaire(s)))
                .toList();
    }

    @Transactional(readOnly = true)
    public SurveySummary get(String formId) {
        Survey survey = require(formId);
        return summary(survey, questionnaire(survey));
    }

    @Transactional(readOnly = true)
    public Questionnaire definition(String formId) {
        return questionnaire(require(formId));
    }

    @Transactional(readOnly = true)
    public void exportXlsForm(String formId, OutputStream out) throws IOException {
        XlsForm.write(definition(formId), out);
    }

    /** Whether the user may change the survey and see its full results: its owner or an admin. */
    public boolean canManage(CurrentUser user, String formId) {
        return user.signedIn() && (user.admin() || require(formId).owner().equals(user.username()));
    }

    /** Refuses anyone but the survey's owner or an admin (401 when not signed in, else 403). */
    public void requireManager(CurrentUser user, String formId) {
        requireOwned(user, formId);
    }

    Survey requireOwned(CurrentUser user, String formId) {
        user.requireSignedIn();
        Survey survey = require(formId);
        if (!user.admin() && !survey.owner().equals(user.username())) {
            throw new AccessDeniedException("Only the survey's owner may do this");
        }
        return survey;
    }

    Survey requireById(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFoundException("Survey", id));
    }

    Survey require(String formId) {
        return surveys.findByFormId(formId).orElseThrow(() -> new NotFoundException("Survey", formId));
    }

    Questionnaire questionnaire(Survey survey) {
        return json.convertValue(survey.definition(), Questionnaire.class);
    }

    private SurveySummary summary(Survey s, Questionnaire q) {
        return new SurveySummary(
                s.id(),
                s.formId(),
                q.version(),
                s.title(),
                q.languages(),
                accounts.displayName(s.owner()),
                responses.count(s.id()),
                s.opensAt(),
                s.closesAt(),
                s.demo());
    }
}
