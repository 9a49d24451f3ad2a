package org.vocbridge.directory.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vocbridge.taxonomy.Codes;

/**
 * What a writer sends to create or change a person. Blank texts become null, missing sets empty;
 * keywords are trimmed.
 *
 * @param name the name in several scripts, language tag to text
 * @param affiliations ids of organizations the person works for
 * @param escoOccupations ESCO occupation URIs (their ISCO-08 groups join {@code occupations})
 * @param languages BCP 47 tags of the languages the person speaks
 */
public record PersonDraft(
        Map<String, String> name,
        Map<String, String> position,
        Map<String, String> description,
        String country,
        String email,
        Set<Long> affiliations,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        Set<String> keywords,
        Set<String> languages,
        Long version) {

    public PersonDraft {
        country = DraftChecks.trim(country);
        email = DraftChecks.trim(email);
        // a blank choice on a page form comes as a null id
        affiliations = affiliations == null
                ? Set.of()
                : affiliations.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        keywords = trimmed(keywords);
        languages = trimmed(languages);
    }

    Codes codes() {
        return Codes.of(fields, occupations, escoOccupations);
    }

    private static Set<String> trimmed(Set<String> values) {
        Set<String> trimmed = new TreeSet<>();
        if (values != null) {
            values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .forEach(trimmed::add);
        }
        return trimmed;
    }
}
