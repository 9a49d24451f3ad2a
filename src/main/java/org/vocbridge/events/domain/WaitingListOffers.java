package org.vocbridge.events.domain;

import java.sql.Timestamp;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vocbridge.events.RegistrationStatus;

/**
 * Ends the waiting-list offers nobody took in time, every minute, and offers their places to the
 * next ones waiting; and promotes those waiting for an event that has room (a node that died
 * between freeing a place and looking again after its commit). Every node may run it: each event's
 * offers are ended and its waiting list promoted under its quotas' locks, and only an offer still
 * open is ended.
 */
@Component
@RequiredArgsConstructor
public class WaitingListOffers {

    private final JdbcClient jdbc;
    private final Registrations registrations;

    @SchedulerLock(name = "events.waiting-list-offers", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void expire() {
        expire(Instant.now());
    }

    /** Ends the offers expired by {@code now}, then promotes those waiting where there is room. */
    public void expire(Instant now) {
        jdbc.sql("select distinct event_id from events_registration where status = ? and offer_expires_at <= ?")
                .params(RegistrationStatus.OFFERED.name(), Timestamp.from(now))
                .query(Long.class)
                .list()
                .forEach(eventId -> registrations.expireOffers(eventId, now));
        // one look into each event's queue (its index), never a read of every waiting registration
        jdbc.sql("select e.id from events_event e where exists (select 1 from events_registration r"
                        + " where r.event_id = e.id and r.status = ?)")
                .param(RegistrationStatus.WAITING.name())
                .query(Long.class)
                .list()
                .forEach(registrations::promoteWaiting);
    }
}
