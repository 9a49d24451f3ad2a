package org.vocbridge.directory.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.directory.domain.PersonDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/** The person page form; lists are separated by spaces or commas. */
record PersonForm(
        List<TranslationRow> name,
        List<TranslationRow> position,
        List<TranslationRow> description,
        String country,
        String email,
        Set<Long> affiliations,
        Set<String> fields,
        String occupations,
        String escoOccupations,
        String keywords,
        String languages,
        Long version) {

    static PersonForm of(PersonSummary p) {
        return new PersonForm(
                TranslationRow.rows(p.name()),
                TranslationRow.rows(p.position()),
                TranslationRow.rows(p.description()),
                p.country(),
                p.email(),
                p.affiliations().stream()
                        .map(PersonSummary.Affiliation::organizationId)
                        .collect(Collectors.toSet()),
                p.fields(),
                String.join(" ", p.occupations()),
                String.join("\n", p.escoOccupations()),
                String.join(", ", p.keywords()),
                String.join(" ", p.languages()),
                p.version());
    }

    static PersonForm empty() {
        List<TranslationRow> blank = TranslationRow.rows(LocalizedText.EMPTY);
        return new PersonForm(blank, blank, blank, null, null, Set.of(), Set.of(), "", "", "", "", null);
    }

    PersonDraft draft() {
        Set<String> keywordSet =
                keywords == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(keywords.split("[,，;]")));
        return new PersonDraft(
                TranslationRow.toMap(name),
                TranslationRow.toMap(position),
                TranslationRow.toMap(description),
                country,
                email,
                affiliations,
                fields,
                CodeList.parse(occupations),
                CodeList.parse(escoOccupations),
                keywordSet,
                CodeList.parse(languages),
                version);
    }
}
