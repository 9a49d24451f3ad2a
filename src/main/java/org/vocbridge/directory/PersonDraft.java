package org.vocbridge.directory;

import java.util.Map;
import java.util.Set;

/**
 * What a writer sends to create or change a person.
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
        Long version) {}
