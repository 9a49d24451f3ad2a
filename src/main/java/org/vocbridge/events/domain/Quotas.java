package org.vocbridge.events.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
 *
 * <p>The event's quota, which every registration takes, is split into stripes: rows whose
 * capacities add up to it, each with its own counter. A registration takes a place in one stripe
 * with room, starting from a random one, so that a rush is spread over several rows instead of
 * queueing behind one row's lock (one row is taken by one transaction after another, each waiting
 * for the one before to commit); the quota is
 * full when every stripe is. Which stripes have room is read without a lock: a registration that
 * found none while a place was being freed is healed by {@link Registrations} once it is
 * committed, so nobody waits while a place is free.
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
     * @param stripes the rows its places are split into (see above)
     */
    public record Quota(Scope scope, long scopeId, int capacity, int taken, int held, int stripes) {}

    /** One row of a quota: its counter and whether it had room when read. */
    private record Stripe(long id, Scope scope, long scopeId, int taken, boolean room) {}

    /** A quota of at least this many places per stripe is split, into at most {@link #STRIPES}. */
    private static final int PLACES_PER_STRIPE = 32;

    private static final int STRIPES = 16;

    /** The places of a scope: how many there are and how many are taken. */
    record Places(int capacity, int taken) {

        int left() {
            return capacity - taken;
        }
    }

    private static final String ORDER_QUOTAS =
            " order by case q.scope when 'DELEGATION' then 1 when 'SESSION' then 2 else 3 end, q.scope_id";

    private static final String ORDER = ORDER_QUOTAS + ", q.stripe";

    /** Each quota of the event (:event) as one row q, its stripes added up. */
    private static final String QUOTAS = " from (select event_id, scope, scope_id, sum(capacity) as capacity,"
            + " sum(taken) as taken, count(*) as stripes from events_place_quota where event_id = :event"
            + " group by event_id, scope, scope_id) q";

    /** The registrations holding a place of quota q: confirmed or offered, in its scope. */
    private static final String HELD = "(select count(*) from events_registration r where r.event_id = q.event_id"
            + " and r.status in ('CONFIRMED', 'OFFERED') and (q.scope = 'EVENT'"
            + " or (q.scope = 'DELEGATION' and r.delegation_id = q.scope_id)"
            + " or (q.scope = 'SESSION' and exists (select 1 from events_agenda_pick p"
            + " where p.registration_id = r.id and p.session_id = q.scope_id))))";

    private final JdbcClient jdbc;

    /**
     * Sets the capacity of a scope (null: no limit), its stripes made anew with the places held
     * spread over them. A capacity below the places already held is refused with a problem for
     * {@code field}; the caller then promotes those waiting.
     */
    void setCapacity(long eventId, Scope scope, long scopeId, Integer capacity, String field) {
        lockAll(eventId);
        jdbc.sql("delete from events_place_quota where event_id = ? and scope = ? and scope_id = ?")
                .params(eventId, scope.name(), scopeId)
                .update();
        if (capacity == null) {
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
        int stripes = scope == Scope.EVENT ? Math.max(1, Math.min(STRIPES, capacity / PLACES_PER_STRIPE)) : 1;
        for (int stripe = 0; stripe < stripes; stripe++) {
            jdbc.sql("insert into events_place_quota (event_id, scope, scope_id, stripe, capacity, taken)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            eventId,
                            scope.name(),
                            scopeId,
                            stripe,
                            share(capacity, stripes, stripe),
                            share(held, stripes, stripe))
                    .update();
        }
    }

    /**
     * A stripe's share of a number of places, the remainder to the first stripes: the places held
     * never exceed a stripe's capacity, as they do not exceed the quota's.
     */
    static int share(int places, int stripes, int stripe) {
        return places / stripes + (stripe < places % stripes ? 1 : 0);
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
        List<Long> taken = new ArrayList<>();
        for (List<Stripe> quota : needs(eventId, registrationId)) {
            List<Stripe> withRoom = quota.stream().filter(Stripe::room).toList();
            int first = withRoom.isEmpty() ? 0 : ThreadLocalRandom.current().nextInt(withRoom.size());
            Optional<Long> place = Optional.empty();
            for (int i = 0; i < withRoom.size() && place.isEmpty(); i++) {
                long stripe = withRoom.get((first + i) % withRoom.size()).id();
                if (jdbc.sql("update events_place_quota set taken = taken + 1 where id = ? and taken < capacity")
                                .param(stripe)
                                .update()
                        == 1) {
                    place = Optional.of(stripe);
                }
            }
            if (place.isEmpty()) {
                giveBack(taken);
                return false;
            }
            taken.add(place.get());
        }
        return true;
    }

    /**
     * Takes a place of the event for a registration that needs no other quota, in one statement: in
     * the first stripe with room from a random one on. False when none was taken (the event has no
     * quota, is full, or its stripe filled meanwhile): then {@link #take} decides.
     */
    boolean takeEventPlace(long eventId) {
        return jdbc.sql("update events_place_quota set taken = taken + 1 where taken < capacity and id ="
                                + " (select q.id from events_place_quota q where q.event_id = ? and q.scope = 'EVENT'"
                                + " and q.taken < q.capacity order by case when q.stripe >= ? then 0 else 1 end,"
                                + " q.stripe fetch first 1 rows only)")
                        .params(eventId, ThreadLocalRandom.current().nextInt(STRIPES))
                        .update()
                == 1;
    }

    /** Whether every quota the registration needs has a stripe with room, read without a lock. */
    boolean room(long eventId, long registrationId) {
        return needs(eventId, registrationId).stream()
                .allMatch(quota -> quota.stream().anyMatch(Stripe::room));
    }

    /** Whether the event's own places are all taken (an event without a capacity never is). */
    boolean eventFull(long eventId) {
        return jdbc.sql("select count(*) from events_place_quota where event_id = ? and scope = 'EVENT'"
                        + " having sum(taken) >= sum(capacity)")
                .param(eventId)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /**
     * Gives back the places the registration held: one in each quota it needs, to a stripe that
     * has one taken (the caller holds the event's quotas locked, so the counters read stay true).
     */
    void release(long eventId, long registrationId) {
        giveBack(needs(eventId, registrationId).stream()
                .flatMap(quota -> quota.stream().filter(s -> s.taken() > 0).findFirst().stream())
                .map(Stripe::id)
                .toList());
    }

    /** Every quota of the event with the places held in it. */
    List<Quota> of(long eventId) {
        return jdbc.sql("select q.scope, q.scope_id, q.capacity, q.taken, " + HELD + ", q.stripes" + QUOTAS
                        + ORDER_QUOTAS)
                .param("event", eventId)
                .query((rs, n) -> new Quota(
                        Scope.valueOf(rs.getString(1)),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    /** The places of the scopes of the events, by scope id. */
    Map<Long, Places> places(Collection<Long> eventIds, Scope scope) {
        Map<Long, Places> places = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("select scope_id, sum(capacity), sum(taken) from events_place_quota where event_id in (:ids)"
                            + " and scope = :scope group by scope_id")
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
    @SchedulerLock(name = "events.quota-check", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${vocbridge.events.quota-check:0 30 3 * * *}")
    void checkCounters() {
        List<String> differences = differences();
        if (differences.isEmpty()) {
            log.info("Every place counter equals the places held in its quota");
        } else {
            differences.forEach(d -> log.error("A place counter differs from the places held: {}", d));
        }
    }

    /** The quotas whose counter (their stripes' added up) differs from the places held in them, one line each. */
    @Transactional(readOnly = true)
    public List<String> differences() {
        return jdbc.sql("select q.event_id, q.scope, q.scope_id, q.taken, " + HELD
                        + " as held from (select event_id, scope, scope_id, sum(taken) as taken from events_place_quota"
                        + " group by event_id, scope, scope_id) q where q.taken <> " + HELD
                        + " order by q.event_id, q.scope, q.scope_id")
                .query((rs, n) -> "event " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + ": taken "
                        + rs.getInt(4) + ", held " + rs.getInt(5))
                .list();
    }

    /** The quotas the registration needs, in the order they are taken, each as its stripes. */
    private List<List<Stripe>> needs(long eventId, long registrationId) {
        List<Stripe> stripes = jdbc.sql("select q.id, q.scope, q.scope_id, q.taken, q.taken < q.capacity"
                        + " from events_place_quota q where q.event_id = :event and (q.scope = 'EVENT'"
                        + " or (q.scope = 'DELEGATION' and q.scope_id = (select delegation_id from events_registration"
                        + " where id = :registration))"
                        + " or (q.scope = 'SESSION' and q.scope_id in (select session_id from events_agenda_pick"
                        + " where registration_id = :registration)))"
                        + ORDER)
                .param("event", eventId)
                .param("registration", registrationId)
                .query((rs, n) -> new Stripe(
                        rs.getLong(1), Scope.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4), rs.getBoolean(5)))
                .list();
        List<List<Stripe>> quotas = new ArrayList<>();
        for (Stripe stripe : stripes) {
            List<Stripe> last = quotas.isEmpty() ? null : quotas.get(quotas.size() - 1);
            if (last != null
                    && last.get(0).scope() == stripe.scope()
                    && last.get(0).scopeId() == stripe.scopeId()) {
                last.add(stripe);
            } else {
                quotas.add(new ArrayList<>(List.of(stripe)));
            }
        }
        return quotas;
    }

    private void giveBack(List<Long> quotas) {
        if (!quotas.isEmpty()) {
            jdbc.sql("update events_place_quota set taken = taken - 1 where id in (:ids) and taken > 0")
                    .param("ids", quotas)
                    .update();
        }
    }
}
