package org.vocbridge.matching.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.matching.SkillNeed;
import org.vocbridge.matching.domain.DemandDraft;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The demand form: what the organization needs and on what terms. Skills are chosen one by one as
 * essential or optional ({@code skills}: the word essential or optional, a space and the URI, or empty for one not
 * needed), from those ESCO relates to the occupations named and those added by address
 * ({@code addSkills}, one a line, taken as essential until chosen otherwise).
 */
record DemandForm(
        Long organizationId,
        DemandKind kind,
        List<TranslationRow> title,
        List<TranslationRow> description,
        String occupations,
        String escoOccupations,
        List<String> skills,
        String addSkills,
        Integer headcount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String city,
        Set<String> countries,
        Boolean visa,
        Boolean stipend,
        Boolean housing,
        String workingLanguages,
        String trainingLanguages,
        Integer minIscedLevel,
        String iscedField,
        PostingStatus status,
        Long version) {

    static final String ESSENTIAL = "essential";
    static final String OPTIONAL = "optional";

    /** Where the checks of a profile name a field in general, the field of this form. */
    static final Map<String, String> FIELDS = Map.of(
            "profile.level", "minIscedLevel",
            "profile.count", "headcount",
            "profile.languages", "workingLanguages");

    static DemandForm empty(Long organizationId) {
        return new DemandForm(
                organizationId,
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                PostingStatus.OPEN,
                null);
    }

    static DemandForm of(DemandSummary d) {
        DemandProfile p = d.profile();
        return new DemandForm(
                d.organizationId(),
                d.kind(),
                TranslationRow.rows(d.title()),
                TranslationRow.rows(d.description()),
                String.join(" ", p.occupations()),
                String.join("\n", p.escoOccupations()),
                p.skills().stream()
                        .map(s -> (s.essential() ? ESSENTIAL : OPTIONAL) + " " + s.uri())
                        .toList(),
                null,
                p.headcount(),
                p.from(),
                p.to(),
                p.city(),
                new LinkedHashSet<>(p.countries()),
                p.visa(),
                p.stipend(),
                p.housing(),
                LanguageLevels.format(p.workingLanguages()),
                LanguageLevels.format(p.trainingLanguages()),
                p.minIscedLevel(),
                p.iscedField(),
                d.status(),
                d.version());
    }

    /**
     * The skills chosen, by address: essential or optional; an address added is essential unless
     * chosen otherwise, and one chosen twice keeps its first mark.
     */
    Map<String, String> chosenSkills() {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (skills != null) {
            for (String choice : skills) {
                String[] parts = choice == null ? new String[0] : choice.strip().split("\\s+", 2);
                if (parts.length == 2 && (parts[0].equals(ESSENTIAL) || parts[0].equals(OPTIONAL))) {
                    chosen.putIfAbsent(parts[1], parts[0]);
                }
            }
        }
        CodeList.parse(addSkills).forEach(uri -> chosen.putIfAbsent(uri, ESSENTIAL));
        return chosen;
    }

    /** The demand as written; a language list that cannot be read is refused with the others' problems. */
    DemandDraft draft() {
        InputCheck check = new InputCheck();
        var working = LanguageLevels.parse(workingLanguages, "workingLanguages", check);
        var training = LanguageLevels.parse(trainingLanguages, "trainingLanguages", check);
        check.throwIfAny();
        List<SkillNeed> needs = new ArrayList<>();
        chosenSkills().forEach((uri, mark) -> needs.add(new SkillNeed(uri, mark.equals(ESSENTIAL))));
        return new DemandDraft(
                organizationId,
                kind,
                TranslationRow.toMap(title),
                TranslationRow.toMap(description),
                new DemandProfile(
                        List.copyOf(CodeList.parse(occupations)),
                        List.copyOf(CodeList.parse(escoOccupations)),
                        needs,
                        headcount,
                        from,
                        to,
                        city == null || city.isBlank() ? null : city.strip(),
                        OfferForm.present(countries),
                        visa,
                        stipend,
                        housing,
                        working,
                        training,
                        minIscedLevel,
                        iscedField == null || iscedField.isBlank() ? null : iscedField),
                status,
                version);
    }
}
