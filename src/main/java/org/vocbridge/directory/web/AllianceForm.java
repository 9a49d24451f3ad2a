package org.vocbridge.directory.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.domain.AllianceDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/** The alliance page form. */
record AllianceForm(
        List<TranslationRow> name,
        String acronym,
        List<TranslationRow> description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
        List<TranslationRow> foundedPlace,
        String country,
        String website,
        Long secretariatOrganizationId,
        Long version) {

    static AllianceForm empty() {
        List<TranslationRow> blank = TranslationRow.rows(LocalizedText.EMPTY);
        return new AllianceForm(blank, null, blank, null, blank, null, null, null, null);
    }

    static AllianceForm of(AllianceSummary a) {
        return new AllianceForm(
                TranslationRow.rows(a.name()),
                a.acronym(),
                TranslationRow.rows(a.description()),
                a.foundedOn(),
                TranslationRow.rows(a.foundedPlace()),
                a.country(),
                a.website(),
                a.secretariatOrganizationId(),
                a.version());
    }

    AllianceDraft draft() {
        return new AllianceDraft(
                TranslationRow.toMap(name),
                acronym,
                TranslationRow.toMap(description),
                foundedOn,
                TranslationRow.toMap(foundedPlace),
                country,
                website,
                secretariatOrganizationId,
                version);
    }
}
