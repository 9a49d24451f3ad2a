package org.vocbridge.ventures.domain;

import java.util.ArrayList;
import java.util.List;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureSummary;

/**
 * How complete a venture's record is, shown to its keepers with what is missing: its name and pitch
 * in each of the platform's languages, where and when it started, its sector and goals, its
 * college, its team and an outcome (and for an innovation, its readiness level).
 *
 * @param percent the share of the items present, rounded down
 * @param missing the message codes of the items missing, in the order of the form
 */
public record Completeness(int percent, List<String> missing) {

    public static Completeness of(VentureSummary v, int teamSize, int outcomes) {
        List<String> missing = new ArrayList<>();
        int items = 0;
        for (String language : Texts.EXPECTED_LANGUAGES) {
            items += 2;
            missingIf(!has(v.name(), language), "venture.missing.name." + language, missing);
            missingIf(!has(v.pitch(), language), "venture.missing.pitch." + language, missing);
        }
        items += 8;
        missingIf(v.website() == null, "venture.missing.website", missing);
        missingIf(v.city() == null, "venture.missing.city", missing);
        missingIf(v.founded() == null, "venture.missing.founded", missing);
        missingIf(v.sector() == null, "venture.missing.sector", missing);
        missingIf(v.sdgs().isEmpty(), "venture.missing.sdgs", missing);
        missingIf(v.college() == null, "venture.missing.college", missing);
        missingIf(teamSize == 0, "venture.missing.team", missing);
        missingIf(outcomes == 0, "venture.missing.outcomes", missing);
        if (v.kind() == VentureKind.INNOVATION) {
            items++;
            missingIf(v.readinessLevel() == null, "venture.missing.readinessLevel", missing);
        }
        return new Completeness(100 * (items - missing.size()) / items, List.copyOf(missing));
    }

    private static boolean has(LocalizedText text, String language) {
        return text.get(language).filter(t -> !t.isBlank()).isPresent();
    }

    private static void missingIf(boolean absent, String code, List<String> missing) {
        if (absent) {
            missing.add(code);
        }
    }
}
