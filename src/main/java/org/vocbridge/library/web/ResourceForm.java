package org.vocbridge.library.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.library.domain.ResourceDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The page form of a resource. Occupations are ISCO-08 codes separated by spaces, ESCO
 * occupations their URIs; links are one
 * per line, the address first and then what it is.
 */
record ResourceForm(
        ResourceKind kind,
        List<TranslationRow> title,
        List<TranslationRow> summary,
        String language,
        Long translationOf,
        Long allianceId,
        Long agreementId,
        String educationLevel,
        Integer durationHours,
        BigDecimal credits,
        Licence licence,
        ResourceVisibility visibility,
        Set<Long> owners,
        Set<Long> authors,
        Set<String> countries,
        Set<String> fields,
        String occupations,
        String escoOccupations,
        String links,
        Long version) {

    static ResourceForm empty(Long translationOf, Long allianceId, Set<Long> owners) {
        return new ResourceForm(
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                "",
                translationOf,
                allianceId,
                null,
                "",
                null,
                null,
                Licence.CC_BY,
                ResourceVisibility.PUBLIC,
                owners,
                Set.of(),
                Set.of(),
                Set.of(),
                "",
                "",
                "",
                null);
    }

    static ResourceForm of(ResourceSummary r) {
        StringBuilder links = new StringBuilder();
        r.links().forEach(l -> links.append(l.url())
                .append(l.label() == null ? "" : " " + l.label())
                .append('\n'));
        Set<Long> owners = new LinkedHashSet<>();
        r.owners().forEach(o -> owners.add(o.id()));
        return new ResourceForm(
                r.kind(),
                TranslationRow.rows(r.title()),
                TranslationRow.rows(r.summary()),
                r.language(),
                r.translationOf(),
                r.allianceId(),
                r.agreementId(),
                r.educationLevel() == null ? "" : r.educationLevel(),
                r.durationHours(),
                r.credits(),
                r.licence(),
                r.visibility(),
                owners,
                r.authors().stream()
                        .map(ResourceSummary.Author::id)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
                r.countries(),
                r.fields(),
                String.join(" ", r.occupations()),
                String.join("\n", r.escoOccupations().stream().map(e -> e.uri()).toList()),
                links.toString(),
                r.version());
    }

    ResourceDraft draft() {
        List<ResourceSummary.Link> parsed = new ArrayList<>();
        if (links != null) {
            for (String line : links.split("\\R")) {
                String[] parts = line.strip().split("\\s+", 2);
                if (!parts[0].isEmpty()) {
                    parsed.add(new ResourceSummary.Link(parts[0], parts.length > 1 ? parts[1] : null));
                }
            }
        }
        return new ResourceDraft(
                kind,
                TranslationRow.toMap(title),
                TranslationRow.toMap(summary),
                language,
                translationOf,
                allianceId,
                agreementId,
                educationLevel,
                durationHours,
                credits,
                licence,
                visibility,
                owners,
                authors,
                countries,
                fields,
                CodeList.parse(occupations),
                CodeList.parse(escoOccupations),
                parsed,
                version);
    }
}
