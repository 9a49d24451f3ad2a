package org.vocbridge.awards.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vocbridge.awards.AwardCategory;

/**
 * An award call as created or changed. Edits send the version read. Missing lists are empty,
 * missing eligibility any country, missing jury rules the defaults.
 *
 * @param allianceId the alliance whose secretariat runs it; null for a call of the platform (admins)
 * @param ceremonySessionId the event session (an award ceremony) where the awards are handed over
 */
public record CallDraft(
        Long allianceId,
        Map<String, String> title,
        Map<String, String> rules,
        List<AwardCategory> categories,
        Eligibility eligibility,
        JuryRules jury,
        List<Criterion> rubric,
        LocalDate opensOn,
        LocalDate closesOn,
        Long ceremonySessionId,
        Long version) {

    public CallDraft {
        categories = categories == null ? List.of() : categories;
        eligibility = eligibility == null ? new Eligibility(null, false) : eligibility;
        jury = jury == null ? JuryRules.DEFAULT : jury;
        rubric = rubric == null ? List.of() : rubric;
    }
}
