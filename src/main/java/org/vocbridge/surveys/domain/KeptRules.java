package org.vocbridge.surveys.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.NotFoundException;

/**
 * The surveys' submission rules as last read on this node, so that a submission reads nothing
 * before it is stored: it is stored only if the rules it was checked against are still the survey's
 * ({@link ResponseData#insert} names their version), and otherwise checked again against the rules
 * as they are now. Another node's change is thus seen at the very next submission.
 */
@Component
@RequiredArgsConstructor
class KeptRules {

    private final SurveyRepository surveys;
    private final Surveys questionnaires;
    private final Map<String, SubmissionRules> kept = new ConcurrentHashMap<>();

    /** The survey's rules as last read, read now only the first time. */
    SubmissionRules kept(String formId) {
        SubmissionRules known = kept.get(formId);
        return known != null ? known : now(formId);
    }

    /**
     * The survey's rules as they are now. What was read is kept while the survey's version (raised by
     * every change to it) and whether it has quotas stay the same, so that this reads one row instead
     * of the whole questionnaire.
     */
    @Transactional(readOnly = true)
    SubmissionRules now(String formId) {
        SurveyRepository.RulesState state =
                surveys.state(formId).orElseThrow(() -> new NotFoundException("Survey", formId));
        SubmissionRules known = kept.get(formId);
        if (known != null
                && known.surveyId() == state.getId()
                && known.version() == state.getVersion()
                && known.hasQuotas() == state.getHasQuotas()) {
            return known;
        }
        Survey survey = questionnaires.require(formId);
        SubmissionRules current = new SubmissionRules(
                survey.id(),
                state.getVersion(),
                questionnaires.questionnaire(survey),
                survey.opensAt(),
                survey.closesAt(),
                survey.consentText() != null,
                survey.adultAge(),
                survey.invitationOnly(),
                survey.countryQuestion(),
                state.getHasQuotas());
        kept.put(formId, current);
        return current;
    }
}
