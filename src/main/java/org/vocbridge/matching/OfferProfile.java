package org.vocbridge.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * What an offer provides, as matching compares it: the ISCED-F field and ISCED 2011 level of the
 * programme, occupations (ISCO-08 codes, ESCO occupation URIs), skills taught, places per cohort and
 * the cohort's dates, languages of instruction with the level reached, the countries it can send
 * students to or teach in, and how it is delivered.
 *
 * @param resources the library's standards, courses and curricula it teaches from: their occupations
 *     count as the offer's, and the essential skills of their ESCO occupations as taught
 */
public record OfferProfile(
        String iscedField,
        Integer iscedLevel,
        List<String> occupations,
        List<String> escoOccupations,
        List<String> skills,
        Integer capacity,
        LocalDate cohortStart,
        LocalDate cohortEnd,
        List<LanguageLevel> languages,
        List<String> countries,
        List<TrainingModel> models,
        List<Long> resources) {

    public OfferProfile {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        escoOccupations = escoOccupations == null ? List.of() : List.copyOf(escoOccupations);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        countries = countries == null ? List.of() : List.copyOf(countries);
        models = models == null ? List.of() : List.copyOf(models);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
