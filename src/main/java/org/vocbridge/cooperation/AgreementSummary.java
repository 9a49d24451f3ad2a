package org.vocbridge.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * An agreement as its readers see it.
 *
 * @param allianceId the alliance it counts for (its secretariat accepted it or filed it)
 * @param proposedAllianceId an alliance a party named, waiting for its secretariat to accept it
 * @param next the states it may move to now
 * @param overdueReports the years whose progress report is past due
 * @param demo whether it is part of the demo data, with made-up figures
 */
public record AgreementSummary(
        long id,
        long version,
        LocalizedText title,
        LocalizedText summary,
        Long allianceId,
        LocalizedText allianceName,
        Long proposedAllianceId,
        LocalizedText proposedAllianceName,
        AgreementStatus status,
        List<PartySummary> parties,
        Set<CooperationType> types,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate signedOn,
        LocalizedText signedPlace,
        String signatories,
        LocalizedText ceremony,
        List<ProgrammeSummary> programmes,
        List<StatusChangeSummary> history,
        Set<AgreementStatus> next,
        List<Integer> overdueReports,
        boolean demo,
        Instant updatedAt) {

    /** A party with its name and country from the directory. */
    public record PartySummary(long organizationId, LocalizedText name, String country, PartyRole role) {}

    /** A joint programme; {@code model} is read off its stages ("3+3"). */
    public record ProgrammeSummary(
            long id,
            LocalizedText name,
            String model,
            List<StageSummary> stages,
            LocalizedText credentials,
            Integer intakePerYear,
            List<String> languages) {}

    public record StageSummary(long organizationId, LocalizedText organizationName, int years) {}

    public record StatusChangeSummary(
            AgreementStatus from, AgreementStatus to, LocalDate effectiveOn, String actor, String note, Instant at) {}
}
