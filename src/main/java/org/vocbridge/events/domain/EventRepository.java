package org.vocbridge.events.domain;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

    @Query("select distinct e from Event e join e.sessions s where s.kind = :kind")
    java.util.List<Event> withSessionOf(@Param("kind") org.vocbridge.events.SessionKind kind);

    /** Events not yet begun (or with dates to be announced), the soonest first; of the alliance or host when given. */
    @Query("select e from Event e where (:alliance is null or e.allianceId = :alliance)"
            + " and (:host is null or :host member of e.hosts)"
            + " and (e.startsUtc is null or e.startsUtc >= :since) order by e.startsUtc asc nulls last, e.id")
    Page<Event> upcoming(
            @Param("alliance") Long alliance, @Param("host") Long host, @Param("since") Instant since, Pageable page);

    /** Events that have begun before the instant, the latest first; of the alliance or host when given. */
    @Query("select e from Event e where (:alliance is null or e.allianceId = :alliance)"
            + " and (:host is null or :host member of e.hosts)"
            + " and e.startsUtc < :before order by e.startsUtc desc, e.id desc")
    Page<Event> past(
            @Param("alliance") Long alliance, @Param("host") Long host, @Param("before") Instant before, Pageable page);
}
