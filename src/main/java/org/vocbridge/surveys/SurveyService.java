package org.vocbridge.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.surveys.domain.ResponseRepository;
import org.vocbridge.surveys.domain.Survey;
import org.vocbridge.surveys.domain.SurveyRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Surveys: questionnaires imported from XLSForm by a signed-in user (their owner), read by anyone. */
@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final JsonMapper json;

    SurveyService(SurveyRepository surveys, ResponseRepository responses, JsonMapper json) {
        this.surveys = surveys;
        this.responses = responses;
        this.json = json;
    }

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
        Survey survey = new Survey(questionnaire.formId(), user.username(), false);
        survey.define(
                questionnaire.title(), json.convertValue(questionnaire, new TypeReference<Map<String, Object>>() {}));
        surveys.save(survey);
        return summary(survey, questionnaire);
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
                s.owner(),
                responses.countBySurveyId(s.id()),
                s.opensAt(),
                s.closesAt(),
                s.demo());
    }
}
