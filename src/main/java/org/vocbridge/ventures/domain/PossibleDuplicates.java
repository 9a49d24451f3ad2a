package org.vocbridge.ventures.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.ventures.PossibleDuplicate;
import org.vocbridge.ventures.domain.VentureIdentity.Resemblance;

/**
 * The ventures already recorded that may be the one being registered. The candidates are the
 * ventures sharing a strong key, and the names sharing a key or the first letters of their
 * phonetic key; each candidate is then scored whole ({@link VentureIdentity#resemblance}).
 */
@Component
@RequiredArgsConstructor
class PossibleDuplicates {

    static final int MAX_SHOWN = 10;

    private final VentureRepository ventures;

    @Transactional(readOnly = true)
    List<PossibleDuplicate> of(VentureIdentity identity, Long except) {
        Set<Long> candidates = new LinkedHashSet<>(
                ventures.sharingKeys(identity.websiteHost(), identity.registration(), identity.organizationId()));
        List<NameKeys> names =
                identity.names().stream().filter(n -> !n.isEmpty()).toList();
        if (!names.isEmpty()) {
            Map<Long, List<NameKeys>> near = ventures
                    .namesNear(
                            names.stream().map(NameKeys::block).collect(Collectors.toSet()),
                            names.stream().map(NameKeys::latin).collect(Collectors.toSet()),
                            names.stream().map(NameKeys::lookAlike).collect(Collectors.toSet()))
                    .stream()
                    .map(NameRow::of)
                    .collect(Collectors.groupingBy(
                            NameRow::ventureId,
                            LinkedHashMap::new,
                            Collectors.mapping(NameRow::keys, Collectors.toList())));
            near.forEach((id, theirs) -> {
                if (identity.resemblance(new VentureIdentity(theirs, null, null, null))
                        .isPresent()) {
                    candidates.add(id);
                }
            });
        }
        candidates.remove(except);
        List<PossibleDuplicate> found = new ArrayList<>();
        for (Venture venture : ventures.findAllById(candidates)) {
            identity.resemblance(venture.identity()).ifPresent(r -> found.add(duplicate(venture, r)));
        }
        return found.stream()
                .sorted(Comparator.comparing(PossibleDuplicate::reason)
                        .thenComparing(PossibleDuplicate::score, Comparator.reverseOrder())
                        .thenComparing(PossibleDuplicate::ventureId))
                .limit(MAX_SHOWN)
                .toList();
    }

    private static PossibleDuplicate duplicate(Venture venture, Resemblance resemblance) {
        return new PossibleDuplicate(
                Objects.requireNonNull(venture.id()),
                LocalizedText.of(venture.name()),
                venture.country(),
                resemblance.reason(),
                resemblance.score());
    }
}
