package org.vocbridge.events.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vocbridge.ventures.VenturesMerged;

/**
 * When two records of one venture are merged, the booths that showed the merged one show the one
 * kept; delivered again after a failure, it changes nothing twice.
 */
@Component
@RequiredArgsConstructor
class BoothVentureMerges {

    private final BoothRepository booths;

    @ApplicationModuleListener
    void on(VenturesMerged merged) {
        booths.showingVenture(merged.mergedId())
                .forEach(booth -> booth.replaceVenture(merged.mergedId(), merged.intoId()));
    }
}
