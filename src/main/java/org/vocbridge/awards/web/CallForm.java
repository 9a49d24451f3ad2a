package org.vocbridge.awards.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.CriterionKind;
import org.vocbridge.awards.domain.CallDraft;
import org.vocbridge.awards.domain.CallSummary;
import org.vocbridge.awards.domain.Criterion;
import org.vocbridge.awards.domain.Eligibility;
import org.vocbridge.awards.domain.JuryRules;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The call form: title and rules in any languages, categories, eligibility, dates, the ceremony,
 * the jury's rules and the rubric. A criterion's texts are typed in the reader's language; its
 * texts in other languages (given through the API) are kept. A row without key and name is none.
 */
record CallForm(
        Long allianceId,
        List<TranslationRow> title,
        List<TranslationRow> rules,
        List<AwardCategory> categories,
        Set<String> countries,
        Boolean membersOnly,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
        Long ceremonySessionId,
        Integer jurorsPerEntry,
        Integer minPerJuror,
        Integer maxPerJuror,
        Boolean oneJurorFromEntrantCountry,
        Boolean sameCountryConflict,
        Integer affiliationYears,
        Integer normalizationMinimum,
        Boolean blindReview,
        Integer finalists,
        List<CriterionRow> criteria,
        Long version) {

    static final int BLANK_ROWS = 2;

    /** A criterion as a row of the form, its texts in the reader's language. */
    record CriterionRow(
            String key,
            CriterionKind kind,
            String name,
            Integer weight,
            Integer maxMark,
            Boolean required,
            String rule,
            String level0,
            String level1,
            String level2,
            String level3) {

        boolean blank() {
            return (key == null || key.isBlank()) && (name == null || name.isBlank());
        }
    }

    static CallForm empty(Long allianceId) {
        JuryRules d = JuryRules.DEFAULT;
        return new CallForm(
                allianceId,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                List.of(),
                Set.of(),
                false,
                null,
                null,
                null,
                d.jurorsPerEntry(),
                d.minPerJuror(),
                d.maxPerJuror(),
                d.oneJurorFromEntrantCountry(),
                d.sameCountryConflict(),
                d.affiliationYears(),
                d.normalizationMinimum(),
                d.blindReview(),
                d.finalists(),
                rows(List.of(), "en"),
                null);
    }

    static CallForm of(CallSummary c, String lang) {
        JuryRules j = c.jury();
        return new CallForm(
                c.allianceId(),
                TranslationRow.rows(c.title()),
                TranslationRow.rows(c.rules()),
                c.categories(),
                c.eligibility().countries(),
                c.eligibility().membersOnly(),
                c.opensOn(),
                c.closesOn(),
                c.ceremonySessionId(),
                j.jurorsPerEntry(),
                j.minPerJuror(),
                j.maxPerJuror(),
                j.oneJurorFromEntrantCountry(),
                j.sameCountryConflict(),
                j.affiliationYears(),
                j.normalizationMinimum(),
                j.blindReview(),
                j.finalists(),
                rows(c.rubric(), lang),
                c.version());
    }

    /** The rows of the criteria in the reader's language, and blank rows to add more. */
    private static List<CriterionRow> rows(List<Criterion> rubric, String lang) {
        List<CriterionRow> rows = new ArrayList<>();
        for (Criterion c : rubric) {
            List<Map<String, String>> levels = c.levels() == null ? List.of() : c.levels();
            rows.add(new CriterionRow(
                    c.key(),
                    c.kind(),
                    text(c.name(), lang),
                    c.weight(),
                    c.maxMark(),
                    c.required(),
                    text(c.rule(), lang),
                    level(levels, 0, lang),
                    level(levels, 1, lang),
                    level(levels, 2, lang),
                    level(levels, 3, lang)));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new CriterionRow(
                    null, CriterionKind.JUDGEMENT, null, null, null, true, null, null, null, null, null));
        }
        return rows;
    }

    private static String level(List<Map<String, String>> levels, int i, String lang) {
        return i < levels.size() ? text(levels.get(i), lang) : null;
    }

    private static String text(Map<String, String> texts, String lang) {
        return texts == null ? null : texts.get(lang);
    }

    /** The call as a draft, the rubric's texts in the reader's language merged into those the call has. */
    CallDraft draft(String lang, List<Criterion> existing) {
        Map<String, Criterion> before = new HashMap<>();
        existing.forEach(c -> before.put(c.key(), c));
        List<Criterion> rubric = new ArrayList<>();
        for (CriterionRow r : criteria == null ? List.<CriterionRow>of() : criteria) {
            if (r == null || r.blank()) {
                continue;
            }
            String key = r.key() == null ? null : r.key().strip();
            Criterion was = key == null ? null : before.get(key);
            boolean judgement = r.kind() != CriterionKind.MEASUREMENT;
            List<Map<String, String>> levels = null;
            if (judgement) {
                levels = new ArrayList<>();
                String[] typed = {r.level0(), r.level1(), r.level2(), r.level3()};
                for (int i = 0; i < typed.length; i++) {
                    Map<String, String> old = was != null
                                    && was.levels() != null
                                    && i < was.levels().size()
                            ? was.levels().get(i)
                            : null;
                    levels.add(merged(old, lang, typed[i]));
                }
            }
            rubric.add(new Criterion(
                    key,
                    r.kind(),
                    merged(was == null ? null : was.name(), lang, r.name()),
                    judgement ? null : merged(was == null ? null : was.rule(), lang, r.rule()),
                    judgement ? null : r.maxMark(),
                    levels,
                    r.weight(),
                    Boolean.TRUE.equals(r.required())));
        }
        return new CallDraft(
                allianceId,
                TranslationRow.toMap(title),
                TranslationRow.toMap(rules),
                categories,
                new Eligibility(countries, Boolean.TRUE.equals(membersOnly)),
                new JuryRules(
                        jurorsPerEntry,
                        minPerJuror,
                        maxPerJuror,
                        Boolean.TRUE.equals(oneJurorFromEntrantCountry),
                        Boolean.TRUE.equals(sameCountryConflict),
                        affiliationYears,
                        normalizationMinimum,
                        Boolean.TRUE.equals(blindReview),
                        finalists),
                rubric,
                opensOn,
                closesOn,
                ceremonySessionId,
                version);
    }

    /** The texts kept, with the reader's language as typed (none when left empty). */
    private static Map<String, String> merged(Map<String, String> kept, String lang, String typed) {
        Map<String, String> texts = new LinkedHashMap<>(kept == null ? Map.of() : kept);
        if (typed == null || typed.isBlank()) {
            texts.remove(lang);
        } else {
            texts.put(lang, typed.strip());
        }
        return texts;
    }
}
