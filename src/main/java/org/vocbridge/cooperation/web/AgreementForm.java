package org.vocbridge.cooperation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.cooperation.domain.AgreementDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The agreement page form. Parties and programme stages come as rows; blank rows are dropped, so
 * the page can offer spare ones. Occupations are ISCO-08 codes and languages BCP 47 tags, separated
 * by spaces.
 */
record AgreementForm(
        List<TranslationRow> title,
        List<TranslationRow> summary,
        Long allianceId,
        List<PartyRow> parties,
        Set<CooperationType> types,
        Set<String> fields,
        String occupations,
        String escoOccupations,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate signedOn,
        List<TranslationRow> signedPlace,
        String signatories,
        List<TranslationRow> ceremony,
        List<ProgrammeRow> programmes,
        Long version) {

    static final int SPARE_PARTIES = 2;

    record PartyRow(Long organizationId, PartyRole role) {}

    record StageRow(Long organizationId, Integer years) {}

    record ProgrammeRow(
            List<TranslationRow> name,
            List<StageRow> stages,
            List<TranslationRow> credentials,
            Integer intakePerYear,
            String languages) {

        static ProgrammeRow empty() {
            return new ProgrammeRow(
                    TranslationRow.rows(LocalizedText.EMPTY),
                    spareStages(new ArrayList<>()),
                    TranslationRow.rows(LocalizedText.EMPTY),
                    null,
                    "");
        }

        boolean isBlank() {
            return TranslationRow.toMap(name).isEmpty()
                    && (stages == null || stages.stream().allMatch(s -> s == null || s.organizationId() == null));
        }
    }

    /** A new agreement, with the given organizations as parties already (the first one leading). */
    static AgreementForm empty(Long allianceId, List<Long> organizationIds) {
        List<PartyRow> parties = new ArrayList<>();
        for (Long organizationId : organizationIds) {
            parties.add(new PartyRow(organizationId, parties.isEmpty() ? PartyRole.LEAD : PartyRole.PARTNER));
        }
        return new AgreementForm(
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                allianceId,
                spareParties(parties),
                Set.of(),
                Set.of(),
                "",
                "",
                null,
                null,
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                new ArrayList<>(List.of(ProgrammeRow.empty())),
                null);
    }

    static AgreementForm of(AgreementSummary a) {
        List<ProgrammeRow> programmes = a.programmes().stream()
                .map(p -> new ProgrammeRow(
                        TranslationRow.rows(p.name()),
                        spareStages(p.stages().stream()
                                .map(s -> new StageRow(s.organizationId(), s.years()))
                                .collect(Collectors.toCollection(ArrayList::new))),
                        TranslationRow.rows(p.credentials()),
                        p.intakePerYear(),
                        String.join(" ", p.languages())))
                .collect(Collectors.toCollection(ArrayList::new));
        programmes.add(ProgrammeRow.empty());
        return new AgreementForm(
                TranslationRow.rows(a.title()),
                TranslationRow.rows(a.summary()),
                a.allianceId() != null ? a.allianceId() : a.proposedAllianceId(),
                spareParties(a.parties().stream()
                        .map(p -> new PartyRow(p.organizationId(), p.role()))
                        .collect(Collectors.toCollection(ArrayList::new))),
                a.types(),
                a.fields(),
                String.join(" ", a.occupations()),
                String.join("\n", a.escoOccupations()),
                a.startsOn(),
                a.endsOn(),
                a.signedOn(),
                TranslationRow.rows(a.signedPlace()),
                a.signatories(),
                TranslationRow.rows(a.ceremony()),
                programmes,
                a.version());
    }

    private static List<PartyRow> spareParties(List<PartyRow> rows) {
        while (rows.size() < 2
                || rows.stream().filter(r -> r.organizationId() == null).count() < SPARE_PARTIES) {
            rows.add(new PartyRow(null, PartyRole.PARTNER));
        }
        return rows;
    }

    private static List<StageRow> spareStages(List<StageRow> rows) {
        while (rows.size() < 3) {
            rows.add(new StageRow(null, null));
        }
        return rows;
    }

    AgreementDraft draft() {
        return new AgreementDraft(
                TranslationRow.toMap(title),
                TranslationRow.toMap(summary),
                allianceId,
                parties == null
                        ? List.of()
                        : parties.stream()
                                .filter(p -> p != null && p.organizationId() != null)
                                .map(p -> new AgreementDraft.PartyDraft(p.organizationId(), p.role()))
                                .toList(),
                types,
                fields,
                CodeList.parse(occupations),
                CodeList.parse(escoOccupations),
                startsOn,
                endsOn,
                new AgreementDraft.Signing(
                        signedOn, TranslationRow.toMap(signedPlace), signatories, TranslationRow.toMap(ceremony)),
                programmes == null
                        ? List.of()
                        : programmes.stream()
                                .filter(p -> p != null && !p.isBlank())
                                .map(p -> new AgreementDraft.ProgrammeDraft(
                                        TranslationRow.toMap(p.name()),
                                        p.stages() == null
                                                ? List.of()
                                                : p.stages().stream()
                                                        .filter(s -> s != null
                                                                && (s.organizationId() != null || s.years() != null))
                                                        .map(s -> new AgreementDraft.StageDraft(
                                                                s.organizationId(), s.years()))
                                                        .toList(),
                                        TranslationRow.toMap(p.credentials()),
                                        p.intakePerYear(),
                                        List.copyOf(CodeList.parse(p.languages()))))
                                .toList(),
                version);
    }
}
