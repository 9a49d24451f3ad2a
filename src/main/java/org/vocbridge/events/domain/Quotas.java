package org.vocbridge.events.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;

/**
 * The places of an event: a quota for the event, for a session and for a delegation, each a counter
 * raised by one conditional update ({@code taken < capacity}) per place taken. A registration needs
 * the event's quota, its delegation's and those of the sessions it chose; it takes them in one
 * transaction in a fixed order (delegation, sessions, the event last: the hottest row is locked
 * for the shortest time), all or none. Whatever locks several quotas at once locks them in that
 * same order, so two transactions never wait for each other in a circle.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class Quotas {

    /** What a quota limits, in the order quotas are taken. */
    public enum Scope {
        DELEGATION,
        SESSION,
        EVENT
    }

    /**
     * A quota with the places its confirmed and offered registrations hold, counted from them.
     *
     * @param scopeId the delegation, the session or the event
     */
    public record Quota(long id, Scope scope, long scopeId, int capacity, int taken, int held) {}

    /** The places of a scope: how many there are and how many are taken. */
    record Places(int capacity, int taken) {

        int left() {
            return capacity - taken;
        }
    }

    private static final String ORDER =
            " order by case q.scope when 'DELEGATION' then 1 when 'SESSION' then 2 else 3 end," + " q.scope_id";

    /** The registrations holding a place of quota q: confirmed or offered, in its scope. */
    private static final String HELD = "(select count(*) from events_registration r where r.event_id = q.event_id"
            + " and r.status in ('CONFIRMED', 'OFFERED') and (q.scope = 'EVENT'"
            + " or (q.scope = 'DELEGATION' and r.delegation_id = q.scope_id)"
            + " or (q.scope = 'SESSION' and exists (select 1 from events_agenda_pick p"
            + " where p.registration_id = r.id and p.session_id = q.scope_id))))";

    private final JdbcClient jdbc;

    /**
     * Sets the capacity of a scope (null: no limit). A capacity below the places already held is
     * refused with a problem for {@code field}; the caller then promotes those waiting.
     */
    void setCapacity(long eventId, Scope scope, long scopeId, Integer capacity, String field) {
        lockAll(eventId);
        if (capacity == null) {
            jdbc.sql("delete from events_place_quota where event_id = ? and scope = ? and scope_id = ?")
                    .params(eventId, scope.name(), scopeId)
                    .update();
            return;
        }
        int held = jdbc.sql("select " + HELD
                        + " from (select cast(? as bigint) as event_id, cast(? as varchar(12)) as scope,"
                        + " cast(? as bigint) as scope_id) q")
                .params(eventId, scope.name(), scopeId)
                .query(Integer.class)
                .single();
        if (capacity < held) {
            new InputCheck()
                    .reject(field, "error.event.capacityBelowConfirmed", held)
                    .throwIfAny();
        }
        int changed = jdbc.sql("update events_place_quota set capacity = ?, taken = ?"
                        + " where event_id = ? and scope = ? and scope_id = ?")
                .params(capacity, held, eventId, scope.name(), scopeId)
                .update();
        if (changed == 0) {
            jdbc.sql(
                            "insert into events_place_quota (event_id, scope, scope_id, capacity, taken) values (?, ?, ?, ?, ?)")
                    .params(eventId, scope.name(), scopeId, capacity, held)
                    .update();
        }
    }

    /** Locks every quota of the event, in the order they are taken, until the transaction ends. */
    void lockAll(long eventId) {
        jdbc.sql("select q.id from events_place_quota q where q.event_id = ?" + ORDER + " for update")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    /**
     * Takes a place in every quota the registration needs, in the fixed order: all of them, or
     * none (the places taken before a refusal are given back at once, still under this
     * transaction's locks).
     */
    boolean take(long eventId, long registrationId) {
        List<Long> needed = needs(eventId, registrationId);
        for (int i = 0; i < needed.size(); i++) {
            int taken = jdbc.sql("update events_place_quota set taken = taken + 1 where id = ? and taken < capacity")
                    .param(needed.get(i))
                    .update();
            if (taken == 0) {
                giveBack(needed.subList(0, i));
                return false;
            }
        }
        return true;
    }

    /** Whether the event's own places are all taken (an event without a capacity never is). */
    boolean eventFull(long eventId) {
        return jdbc.sql("select count(*) from events_place_quota where event_id = ? and scope = 'EVENT'"
                                + " and taken >= capacity")
                        .param(eventId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Gives back the places the registration held. */
    void release(long eventId, long registrationId) {
        giveBack(needs(eventId, registrationId));
    }

    /** Every quota of the event with the places held in it. */
    List<Quota> of(long eventId) {
        return jdbc.sql("select q.id, q.scope, q.scope_id, q.capacity, q.taken, " + HELD
                        + " from events_place_quota q where q.event_id = ?" + ORDER)
                .param(eventId)
                .query((rs, n) -> new Quota(
                        rs.getLong(1),
                        Scope.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    /** The places of the scopes of the events, by scope id. */
    Map<Long, Places> places(Collection<Long> eventIds, Scope scope) {
        Map<Long, Places> places = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("select scope_id, capacity, taken from events_place_quota where event_id in (:ids)"
                            + " and scope = :scope")
                    .param("ids", eventIds)
                    .param("scope", scope.name())
                    .query((rs, n) -> places.put(rs.getLong(1), new Places(rs.getInt(2), rs.getInt(3))))
                    .list();
        }
        return places;
    }

    /**
     * The nightly proof that every counter equals the places held in its quota; a difference is
     * logged as an error for the operators (and shown to organizers in the event's places), never
     * corrected silently.
     */
    @Scheduled(cron = "${vocbridge.events.quota-check:0 30 3 * * *}")
    void checkCounters() {
        List<String> differences = differences();
        if (differences.isEmpty()) {
            log.info("Every place counter equals the places held in its quota");
        } else {
            differences.forEach(d -> log.error("A place counter differs from the places held: {}", d));
        }
    }

    /** The quotas whose counter differs from the places held in them, one line each. */
    @Transactional(readOnly = true)
    public List<String> differences() {
        return jdbc.sql("select q.event_id, q.scope, q.scope_id, q.taken, " + HELD
                        + " as held from events_place_quota q where q.taken <> " + HELD + " order by q.id")
                .query((rs, n) -> "event " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + ": taken "
                        + rs.getInt(4) + ", held " + rs.getInt(5))
                .list();
    }

    /** The quotas the registration needs, in the order they are taken. */
    private List<Long> needs(long eventId, long registrationId) {
        return jdbc.sql("select q.id from events_place_quota q where q.event_id = :event and (q.scope = 'EVENT'"
                        + " or (q.scope = 'DELEGATION' and q.scope_id = (select delegation_id from events_registration"
                        + " where id = :registration))"
                        + " or (q.scope = 'SESSION' and q.scope_id in (select session_id from events_agenda_pick"
                        + " where registration_id = :registration)))"
                        + ORDER)
                .param("event", eventId)
                .param("registration", registrationId)
                .query(Long.class)
                .list();
    }

    private void giveBack(List<Long> quotas) {
        if (!quotas.isEmpty()) {
            jdbc.sql("update events_place_quota set taken = taken - 1 where id in (:ids) and taken > 0")
                    .param("ids", quotas)
                    .update();
        }
    }
}
