package org.vocbridge.directory.web;

import java.util.List;
import java.util.Set;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationStatus;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.directory.domain.OrganizationDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/** The organization page form; occupations are ISCO-08 codes separated by spaces, ESCO occupations URIs. */
record OrganizationForm(
        OrganizationKind kind,
        List<TranslationRow> name,
        String acronym,
        String country,
        List<TranslationRow> city,
        String website,
        List<TranslationRow> description,
        Set<String> fields,
        String occupations,
        String escoOccupations,
        String publicEmail,
        String publicPhone,
        String privateContact,
        OrganizationStatus status,
        Long version) {

    static OrganizationForm empty() {
        return new OrganizationForm(
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                Set.of(),
                "",
                "",
                null,
                null,
                null,
                OrganizationStatus.ACTIVE,
                null);
    }

    static OrganizationForm of(OrganizationSummary o) {
        return new OrganizationForm(
                o.kind(),
                TranslationRow.rows(o.name()),
                o.acronym(),
                o.country(),
                TranslationRow.rows(o.city()),
                o.website(),
                TranslationRow.rows(o.description()),
                o.fields(),
                String.join(" ", o.occupations()),
                String.join("\n", o.escoOccupations()),
                o.publicEmail(),
                o.publicPhone(),
                o.privateContact(),
                o.status(),
                o.version());
    }

    OrganizationDraft draft() {
        return new OrganizationDraft(
                kind,
                TranslationRow.toMap(name),
                acronym,
                country,
                TranslationRow.toMap(city),
                website,
                TranslationRow.toMap(description),
                fields == null ? Set.of() : fields,
                CodeList.parse(occupations),
                CodeList.parse(escoOccupations),
                publicEmail,
                publicPhone,
                privateContact,
                status,
                version);
    }
}
