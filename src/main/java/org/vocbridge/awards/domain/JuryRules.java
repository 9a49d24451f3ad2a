package org.vocbridge.awards.domain;

/**
 * The hard constraints of a call's jury and the rules of its conflicts and ranking.
 *
 * @param jurorsPerEntry how many jurors review each eligible entry
 * @param minPerJuror the fewest entries a juror reviews
 * @param maxPerJuror the most entries a juror reviews
 * @param oneJurorFromEntrantCountry at most one of an entry's jurors may come from its country
 * @param sameCountryConflict a juror from the entry's country has a conflict
 * @param affiliationYears a juror who worked for an organization of the entry within so many years has a conflict
 * @param normalizationMinimum a juror's scores are normalized only when the juror scored at least so many entries
 * @param blindReview whether the review phase hides entrants' names and organizations from jurors
 * @param finalists how many of the review's best go on to a final round; 0 for none
 */
public record JuryRules(
        Integer jurorsPerEntry,
        Integer minPerJuror,
        Integer maxPerJuror,
        Boolean oneJurorFromEntrantCountry,
        Boolean sameCountryConflict,
        Integer affiliationYears,
        Integer normalizationMinimum,
        Boolean blindReview,
        Integer finalists) {

    public static final JuryRules DEFAULT = new JuryRules(3, 0, 20, false, false, 3, 5, true, 0);

    /** What is not given is the default: three jurors per entry, at most 20 each, blind review, no final round. */
    public JuryRules {
        jurorsPerEntry = jurorsPerEntry == null ? 3 : jurorsPerEntry;
        minPerJuror = minPerJuror == null ? 0 : minPerJuror;
        maxPerJuror = maxPerJuror == null ? 20 : maxPerJuror;
        oneJurorFromEntrantCountry = oneJurorFromEntrantCountry != null && oneJurorFromEntrantCountry;
        sameCountryConflict = sameCountryConflict != null && sameCountryConflict;
        affiliationYears = affiliationYears == null ? 3 : affiliationYears;
        normalizationMinimum = normalizationMinimum == null ? 5 : normalizationMinimum;
        blindReview = blindReview == null || blindReview;
        finalists = finalists == null ? 0 : finalists;
    }

    void check(org.vocbridge.shared.InputCheck check) {
        if (jurorsPerEntry < 1 || jurorsPerEntry > 50) {
            check.reject("jury.jurorsPerEntry", "error.award.range", 1, 50);
        }
        if (maxPerJuror < 1 || maxPerJuror > 10_000) {
            check.reject("jury.maxPerJuror", "error.award.range", 1, 10_000);
        }
        if (minPerJuror < 0 || minPerJuror > maxPerJuror) {
            check.reject("jury.minPerJuror", "error.award.range", 0, Math.max(0, maxPerJuror));
        }
        if (affiliationYears < 0 || affiliationYears > 20) {
            check.reject("jury.affiliationYears", "error.award.range", 0, 20);
        }
        if (normalizationMinimum < 2 || normalizationMinimum > 1000) {
            // normalizing a juror's scores on fewer than two points means nothing
            check.reject("jury.normalizationMinimum", "error.award.range", 2, 1000);
        }
        if (finalists < 0 || finalists > 1000) {
            check.reject("jury.finalists", "error.award.range", 0, 1000);
        }
    }
}
