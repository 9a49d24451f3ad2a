package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.Freshness;

/**
 * How long a confirmation of each group of a venture's fields holds (vocbridge.ventures.fresh-for.*,
 * ISO 8601 periods): after that the record is stale until its keepers confirm or change the group.
 */
@Component
class FreshnessRules {

    private final Map<FieldGroup, Period> holds = new EnumMap<>(FieldGroup.class);

    FreshnessRules(
            @Value("${vocbridge.ventures.fresh-for.profile:P24M}") Period profile,
            @Value("${vocbridge.ventures.fresh-for.team-and-stage:P6M}") Period teamAndStage,
            @Value("${vocbridge.ventures.fresh-for.needs:P6M}") Period needs,
            @Value("${vocbridge.ventures.fresh-for.figures:P12M}") Period figures) {
        holds.put(FieldGroup.PROFILE, profile);
        holds.put(FieldGroup.TEAM_AND_STAGE, teamAndStage);
        holds.put(FieldGroup.NEEDS, needs);
        holds.put(FieldGroup.FIGURES, figures);
    }

    Period holds(FieldGroup group) {
        return holds.get(group);
    }

    /** Confirmations before this instant have run out. */
    Instant cutoff(FieldGroup group, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(holds(group)).toInstant();
    }

    List<Freshness> of(Venture venture, Instant now) {
        return Arrays.stream(FieldGroup.values())
                .map(group -> {
                    Instant confirmed = venture.confirmedAt(group);
                    LocalDate due = confirmed
                            .atOffset(ZoneOffset.UTC)
                            .plus(holds(group))
                            .toLocalDate();
                    return new Freshness(group, confirmed, due, confirmed.isBefore(cutoff(group, now)));
                })
                .toList();
    }
}
