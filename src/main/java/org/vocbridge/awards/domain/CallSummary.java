package org.vocbridge.awards.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.events.CeremonySession;
import org.vocbridge.shared.LocalizedText;

/**
 * An award call as everyone may read it.
 *
 * @param ceremony the event session where the awards are handed over, if set and still there
 * @param takesEntries whether entries are taken today
 * @param manages whether the reader runs the call
 */
public record CallSummary(
        long id,
        long version,
        Long allianceId,
        LocalizedText title,
        LocalizedText rules,
        List<AwardCategory> categories,
        Eligibility eligibility,
        JuryRules jury,
        List<Criterion> rubric,
        int rubricVersion,
        AwardPhase phase,
        LocalDate opensOn,
        LocalDate closesOn,
        Long ceremonySessionId,
        CeremonySession ceremony,
        boolean assignmentsPublished,
        Instant resultsPublishedAt,
        boolean demo,
        boolean takesEntries,
        boolean manages) {}
