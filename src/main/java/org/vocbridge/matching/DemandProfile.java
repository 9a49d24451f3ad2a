package org.vocbridge.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * What a demand asks for, as matching compares it: occupations (ISCO-08 codes, ESCO occupation
 * URIs), skills (essential or optional), how many people, the period, where (city, countries) and
 * the support for those who come from abroad (visa, stipend, housing), working and training
 * languages with a CEFR level, and the lowest ISCED 2011 level and the ISCED-F field of training.
 */
public record DemandProfile(
        List<String> occupations,
        List<String> escoOccupations,
        List<SkillNeed> skills,
        Integer headcount,
        LocalDate from,
        LocalDate to,
        String city,
        List<String> countries,
        Boolean visa,
        Boolean stipend,
        Boolean housing,
        List<LanguageLevel> workingLanguages,
        List<LanguageLevel> trainingLanguages,
        Integer minIscedLevel,
        String iscedField) {

    public DemandProfile {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        escoOccupations = escoOccupations == null ? List.of() : List.copyOf(escoOccupations);
        skills = skills == null ? List.of() : List.copyOf(skills);
        countries = countries == null ? List.of() : List.copyOf(countries);
        workingLanguages = workingLanguages == null ? List.of() : List.copyOf(workingLanguages);
        trainingLanguages = trainingLanguages == null ? List.of() : List.copyOf(trainingLanguages);
        visa = Boolean.TRUE.equals(visa);
        stipend = Boolean.TRUE.equals(stipend);
        housing = Boolean.TRUE.equals(housing);
    }
}
