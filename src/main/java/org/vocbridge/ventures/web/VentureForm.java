package org.vocbridge.ventures.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.VentureSummary;
import org.vocbridge.ventures.domain.VentureDraft;
import org.vocbridge.ventures.domain.Ventures;

/**
 * The venture form: what it is, its names in each language and the others it goes by (one a line),
 * where it is, how far it has come. {@code distinct} is the owner's word, once shown the possible
 * duplicates, that it is another venture.
 */
record VentureForm(
        VentureKind kind,
        List<TranslationRow> name,
        List<TranslationRow> pitch,
        String alsoKnownAs,
        String website,
        String country,
        String city,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate founded,
        String legalForm,
        String registrationNumber,
        String sector,
        List<Integer> sdgs,
        VentureStage stage,
        Integer readinessLevel,
        Long organizationId,
        Long collegeId,
        Long agreementId,
        Set<String> fields,
        String occupations,
        String escoOccupations,
        Boolean distinct,
        Long version) {

    static VentureForm empty(String country) {
        return new VentureForm(
                VentureKind.VENTURE,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                country,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                VentureStage.DISCOVER,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                false,
                null);
    }

    static VentureForm of(VentureSummary v) {
        return new VentureForm(
                v.kind(),
                TranslationRow.rows(v.name()),
                TranslationRow.rows(v.pitch()),
                String.join("\n", v.alsoKnownAs()),
                v.website(),
                v.country(),
                v.city(),
                v.founded(),
                v.legalForm(),
                v.registrationNumber(),
                v.sector(),
                v.sdgs(),
                v.stage(),
                v.readinessLevel(),
                v.organization() == null ? null : v.organization().id(),
                v.college() == null ? null : v.college().id(),
                v.agreement() == null ? null : v.agreement().id(),
                new java.util.LinkedHashSet<>(v.fields()),
                String.join(" ", v.occupations()),
                String.join("\n", v.escoOccupations()),
                false,
                v.version());
    }

    List<String> otherNames() {
        return alsoKnownAs == null
                ? List.of()
                : Arrays.stream(alsoKnownAs.split("\\R")).toList();
    }

    VentureDraft draft(Long parentId) {
        return new VentureDraft(
                kind,
                parentId,
                TranslationRow.toMap(name),
                TranslationRow.toMap(pitch),
                otherNames(),
                website,
                country,
                city,
                founded,
                legalForm,
                registrationNumber,
                sector,
                sdgs,
                stage,
                readinessLevel,
                organizationId,
                collegeId,
                agreementId,
                fields == null ? List.of() : List.copyOf(fields),
                List.copyOf(CodeList.parse(occupations)),
                List.copyOf(CodeList.parse(escoOccupations)),
                distinct,
                version);
    }

    /** What the duplicate check compares while the form is being filled in. */
    Ventures.Described described() {
        Stream<String> names = name == null
                ? Stream.empty()
                : name.stream()
                        .filter(row -> row.text() != null && !row.text().isBlank())
                        .map(row -> (row.lang() == null ? "" : row.lang() + ":") + row.text());
        return new Ventures.Described(
                Stream.concat(names, otherNames().stream()).toList(),
                website,
                country,
                registrationNumber,
                organizationId);
    }

    /** The organizations the form names, for its lists. */
    List<Long> organizations() {
        return Stream.of(organizationId, collegeId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
