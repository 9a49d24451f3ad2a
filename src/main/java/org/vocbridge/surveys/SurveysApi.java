package org.vocbridge.surveys;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.surveys.domain.Surveys;

/** What other modules ask of surveys: which surveys there are and their questionnaires. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveysApi {

    private final Surveys surveys;

    /** Every survey, newest first. */
    public List<SurveySummary> surveys() {
        return surveys.all();
    }

    /** A survey by its form ID ({@link org.vocbridge.shared.NotFoundException} when there is none). */
    public SurveySummary survey(String formId) {
        return surveys.get(formId);
    }

    /** A survey's questionnaire as it is now: its questions, choices and languages. */
    public Questionnaire questionnaire(String formId) {
        return surveys.definition(formId);
    }
}
