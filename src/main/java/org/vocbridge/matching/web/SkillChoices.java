package org.vocbridge.matching.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.CodeList;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.OccupationSkill;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * The skills a demand or offer form offers to choose: those chosen already (in their order, an
 * address not imported shown as typed, for the check to name it), then those ESCO relates to the
 * occupations named and not chosen, essential to one of them first, each group by label in the
 * reader's language; no more than {@value #SHOWN} in all.
 */
@Component
@RequiredArgsConstructor
class SkillChoices {

    /** Occupations looked at for suggestions, at most. */
    static final int OCCUPATIONS = 20;

    /** Skills a form shows, at most: the suggestions are cut to leave room for those chosen. */
    static final int SHOWN = 200;

    private final TaxonomyApi taxonomy;
    private final Texts texts;

    /**
     * One skill of the form.
     *
     * @param label its labels, null for an address that is not a known skill
     * @param escoEssential whether ESCO calls it essential to one of the occupations, null when it
     *     relates it to none of them
     * @param chosen the form's mark for it, empty when not chosen
     */
    record Choice(String uri, LocalizedText label, Boolean escoEssential, String chosen) {}

    /** The choices: chosen, suggested as essential, suggested as optional. */
    record Choices(List<Choice> chosen, List<Choice> essential, List<Choice> optional) {}

    Choices of(String escoOccupations, Map<String, String> chosen, Locale locale) {
        Map<String, Boolean> related = new LinkedHashMap<>();
        Map<String, LocalizedText> labels = new HashMap<>();
        List<String> occupations =
                CodeList.parse(escoOccupations).stream().limit(OCCUPATIONS).toList();
        for (OccupationSkill relation : taxonomy.skillsOfOccupations(occupations)) {
            related.merge(relation.skill().uri(), relation.essential(), Boolean::logicalOr);
            labels.put(relation.skill().uri(), relation.skill().label());
        }
        taxonomy.skills(chosen.keySet()).forEach(s -> labels.put(s.uri(), s.label()));
        List<Choice> chosenChoices = new ArrayList<>();
        chosen.forEach((uri, mark) -> chosenChoices.add(new Choice(uri, labels.get(uri), related.get(uri), mark)));
        List<Choice> essential = new ArrayList<>();
        List<Choice> optional = new ArrayList<>();
        related.forEach((uri, isEssential) -> {
            if (!chosen.containsKey(uri)) {
                (isEssential ? essential : optional).add(new Choice(uri, labels.get(uri), isEssential, ""));
            }
        });
        Collator collator = Collator.getInstance(locale);
        Comparator<Choice> byLabel = Comparator.comparing(
                        (Choice c) -> texts.of(c.label()).text(), collator)
                .thenComparing(Choice::uri);
        essential.sort(byLabel);
        optional.sort(byLabel);
        int room = Math.max(0, SHOWN - chosenChoices.size());
        List<Choice> shownEssential = essential.subList(0, Math.min(room, essential.size()));
        return new Choices(
                chosenChoices,
                shownEssential,
                optional.subList(0, Math.min(room - shownEssential.size(), optional.size())));
    }
}
