package org.vocbridge.surveys.domain;

import java.time.Instant;
import org.vocbridge.surveys.Questionnaire;

/**
 * What taking a response needs of a survey: its questionnaire and its distribution settings, as of
 * its version.
 *
 * @param consentPage whether respondents give their age and consent first
 * @param hasQuotas whether any country has a quota (whose counter each response then raises)
 */
record SubmissionRules(
        long surveyId,
        long version,
        Questionnaire questionnaire,
        Instant opensAt,
        Instant closesAt,
        boolean consentPage,
        int adultAge,
        boolean invitationOnly,
        String countryQuestion,
        boolean hasQuotas) {

    boolean isOpen(Instant at) {
        return (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }
}
