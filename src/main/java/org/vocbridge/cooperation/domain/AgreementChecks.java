package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.cooperation.domain.AgreementDraft.PartyDraft;
import org.vocbridge.cooperation.domain.AgreementDraft.ProgrammeDraft;
import org.vocbridge.cooperation.domain.AgreementDraft.Signing;
import org.vocbridge.cooperation.domain.AgreementDraft.StageDraft;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The checks of an agreement as written: its parties, codes, dates, signing and joint programmes. */
@Component
@RequiredArgsConstructor
class AgreementChecks {

    static final int TEXT_MAX = 10_000;

    private final DirectoryApi directory;
    private final TaxonomyApi taxonomy;

    /** Checks the draft, throwing every problem at once; returns the parties as the directory knows them. */
    Map<Long, OrganizationLabel> check(AgreementDraft draft) {
        InputCheck check = new InputCheck();
        requireText(check, "title", draft.title());
        check.localized("title", draft.title(), 500);
        check.localized("summary", draft.summary(), TEXT_MAX);
        List<PartyDraft> parties = draft.parties();
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            PartyDraft p = parties.get(i);
            if (p == null || p.organizationId() == null) {
                check.reject("parties[" + i + "].organizationId", "error.required");
            } else if (!ids.add(p.organizationId())) {
                check.reject("parties[" + i + "].organizationId", "error.agreement.partyTwice");
            }
            if (p != null && p.role() == null) {
                check.reject("parties[" + i + "].role", "error.required");
            }
        }
        Map<Long, OrganizationLabel> found = directory.organizationLabels(ids);
        for (int i = 0; i < parties.size(); i++) {
            PartyDraft p = parties.get(i);
            if (p != null && p.organizationId() != null && !found.containsKey(p.organizationId())) {
                check.reject("parties[" + i + "].organizationId", "error.organization.unknown");
            }
        }
        if (ids.size() < 2) {
            check.reject("parties", "error.agreement.twoParties");
        }
        if (parties.stream()
                        .filter(p -> p != null && p.role() == PartyRole.LEAD)
                        .count()
                > 1) {
            check.reject("parties", "error.agreement.oneLead");
        }
        if (draft.types().isEmpty()) {
            check.reject("types", "error.agreement.typeRequired");
        }
        taxonomy.check(check, draft.codes());
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            check.reject("endsOn", "error.dates.order");
        }
        if (draft.allianceId() != null && !directory.allianceExists(draft.allianceId())) {
            check.reject("allianceId", "error.alliance.unknown");
        } else if (draft.allianceId() != null
                && !directory.currentAlliancesOf(ids).contains(draft.allianceId())) {
            // an agreement counts for an alliance only through a member among its parties
            check.reject("allianceId", "error.agreement.allianceNotMember");
        }
        Signing signing = draft.signing();
        if (signing.signedOn() != null && signing.signedOn().isAfter(LocalDate.now())) {
            check.reject("signing.signedOn", "error.date.future");
        }
        if (signing.signedOn() != null
                && draft.endsOn() != null
                && draft.endsOn().isBefore(signing.signedOn())) {
            check.reject("endsOn", "error.agreement.endsBeforeSigning");
        }
        signing(check, signing);
        for (int i = 0; i < draft.programmes().size(); i++) {
            programme(check, "programmes[" + i + "]", draft.programmes().get(i), ids);
        }
        check.throwIfAny();
        return found;
    }

    static void signing(InputCheck check, Signing signing) {
        check.localized("signing.place", signing.place(), 300);
        check.maxLength("signing.signatories", signing.signatories(), 2000);
        check.localized("signing.ceremony", signing.ceremony(), 1000);
    }

    /** A multilingual text that must have a text in some language. */
    static void requireText(InputCheck check, String field, Map<String, String> text) {
        if (text == null || text.values().stream().allMatch(t -> t == null || t.isBlank())) {
            check.reject(field, "error.required");
        }
    }

    private static void programme(InputCheck check, String prefix, ProgrammeDraft programme, Set<Long> parties) {
        if (programme == null) {
            check.reject(prefix, "error.required");
            return;
        }
        requireText(check, prefix + ".name", programme.name());
        check.localized(prefix + ".name", programme.name(), 300);
        check.localized(prefix + ".credentials", programme.credentials(), 1000);
        List<StageDraft> stages = programme.stages();
        if (stages.size() < 2) {
            check.reject(prefix + ".stages", "error.programme.stages");
        }
        for (int i = 0; i < stages.size(); i++) {
            StageDraft stage = stages.get(i);
            String at = prefix + ".stages[" + i + "]";
            if (stage == null || stage.organizationId() == null || !parties.contains(stage.organizationId())) {
                check.reject(at + ".organizationId", "error.programme.stageParty");
            }
            if (stage == null || stage.years() == null || stage.years() < 1 || stage.years() > 6) {
                check.reject(at + ".years", "error.programme.years");
            }
        }
        if (programme.intakePerYear() != null
                && (programme.intakePerYear() < 0 || programme.intakePerYear() > 100_000)) {
            check.reject(prefix + ".intakePerYear", "error.number.range", 0, 100_000);
        }
        for (String tag : programme.languages()) {
            if (!LocalizedText.isKnownLanguageTag(tag)) {
                check.reject(prefix + ".languages", "error.languageTag", tag);
            }
        }
    }
}
