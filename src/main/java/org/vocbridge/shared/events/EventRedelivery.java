package org.vocbridge.shared.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listeners have not finished: the node that published one
 * may have died between its commit and the listener, or the listener failed. One node at a time
 * runs it (its lock in the database); a publication is claimed by one resubmission at a time, and
 * listeners are written to be run twice without harm.
 */
@Component
class EventRedelivery {

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    EventRedelivery(
            IncompleteEventPublications incomplete,
            @Value("${vocbridge.events.redeliver-after:PT1M}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @SchedulerLock(name = "events.redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    @Scheduled(
            fixedDelayString = "${vocbridge.events.redelivery-interval:PT1M}",
            initialDelayString = "${vocbridge.events.redelivery-interval:PT1M}")
    void redeliver() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(minAge));
    }
}
