package org.vocbridge.matching.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.matching.TrainingModel;
import org.vocbridge.matching.domain.OfferDraft;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The offer form: the programme a college can provide, to whom and how. Skills taught are ticked
 * ({@code skills}: addresses) among those ESCO relates to the occupations named and those added by
 * address ({@code addSkills}, one a line, taken as taught until unticked).
 */
record OfferForm(
        Long organizationId,
        List<TranslationRow> programme,
        List<TranslationRow> description,
        List<TranslationRow> trainingBases,
        String iscedField,
        Integer iscedLevel,
        String occupations,
        String escoOccupations,
        List<String> skills,
        String addSkills,
        Integer capacity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cohortStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cohortEnd,
        String languages,
        Set<String> countries,
        Set<TrainingModel> models,
        Set<Long> resources,
        PostingStatus status,
        Long version) {

    static final String TAUGHT = "taught";

    /** Where the checks of a profile name a field in general, the field of this form. */
    static final Map<String, String> FIELDS = Map.of(
            "profile.level", "iscedLevel",
            "profile.count", "capacity",
            "profile.to", "cohortEnd");

    static OfferForm empty(Long organizationId) {
        return new OfferForm(
                organizationId,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                PostingStatus.OPEN,
                null);
    }

    static OfferForm of(OfferSummary o) {
        OfferProfile p = o.profile();
        return new OfferForm(
                o.organizationId(),
                TranslationRow.rows(o.programme()),
                TranslationRow.rows(o.description()),
                TranslationRow.rows(o.trainingBases()),
                p.iscedField(),
                p.iscedLevel(),
                String.join(" ", p.occupations()),
                String.join("\n", p.escoOccupations()),
                p.skills(),
                null,
                p.capacity(),
                p.cohortStart(),
                p.cohortEnd(),
                LanguageLevels.format(p.languages()),
                new LinkedHashSet<>(p.countries()),
                new LinkedHashSet<>(p.models()),
                new LinkedHashSet<>(p.resources()),
                o.status(),
                o.version());
    }

    /** The skills ticked and added, by address, each marked taught. */
    Map<String, String> chosenSkills() {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (skills != null) {
            skills.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> chosen.putIfAbsent(s.strip(), TAUGHT));
        }
        CodeList.parse(addSkills).forEach(uri -> chosen.putIfAbsent(uri, TAUGHT));
        return chosen;
    }

    OfferDraft draft() {
        InputCheck check = new InputCheck();
        var taughtIn = LanguageLevels.parse(languages, "languages", check);
        check.throwIfAny();
        return new OfferDraft(
                organizationId,
                TranslationRow.toMap(programme),
                TranslationRow.toMap(description),
                TranslationRow.toMap(trainingBases),
                new OfferProfile(
                        iscedField == null || iscedField.isBlank() ? null : iscedField,
                        iscedLevel,
                        List.copyOf(CodeList.parse(occupations)),
                        List.copyOf(CodeList.parse(escoOccupations)),
                        List.copyOf(chosenSkills().keySet()),
                        capacity,
                        cohortStart,
                        cohortEnd,
                        taughtIn,
                        present(countries),
                        present(models),
                        present(resources)),
                status,
                version);
    }

    /** The values chosen, without the empty ones a box left blank sends. */
    static <T> List<T> present(Collection<T> chosen) {
        return chosen == null
                ? List.of()
                : chosen.stream().filter(Objects::nonNull).toList();
    }
}
