package org.vocbridge.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.vocbridge.matching.LanguageLevel;
import org.vocbridge.matching.SkillNeed;

/**
 * What matching compares of a demand and of an offer, language-neutral: ISCO-08 codes (with the unit
 * groups of the ESCO occupations named), skills by URI, the ISCED-F field and ISCED level, languages
 * with levels, how many, when, and where. Sets are sorted so that every comparison runs in one order.
 */
final class MatchFacts {

    private MatchFacts() {}

    /** A demand: skills asked (essential or optional), headcount, the period, the countries, the support offered. */
    record Demand(
            long id,
            SortedSet<String> occupations,
            List<SkillNeed> skills,
            String field,
            Integer minLevel,
            List<LanguageLevel> languages,
            Integer headcount,
            LocalDate from,
            LocalDate to,
            SortedSet<String> countries,
            int supports) {}

    /** An offer: skills taught, capacity per cohort, the cohort's dates, the countries it can send to or teach in. */
    record Offer(
            long id,
            SortedSet<String> occupations,
            Set<String> skills,
            String field,
            Integer level,
            List<LanguageLevel> languages,
            Integer capacity,
            LocalDate from,
            LocalDate to,
            SortedSet<String> countries) {}
}
