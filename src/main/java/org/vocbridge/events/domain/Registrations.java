package org.vocbridge.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Registration for events, never more confirmed places than the capacity under any concurrency: a
 * registration is written first, then one conditional update takes a place ({@code taken < capacity}),
 * the last statement before commit so that the hot row stays locked for as short a time as can be; a
 * refused place leaves the registration on the waiting list. A cancellation locks the event's places
 * first and hands a freed place to the first in the queue at once. The same person (email) cannot
 * register twice for one event; an {@code Idempotency-Key} makes a repeated request return the
 * registration it made.
 */
@Service
@RequiredArgsConstructor
public class Registrations {

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final EventAccess access;

    /** A registration and whether this request made it (false: an earlier request with its key did). */
    public record Registered(RegistrationSummary registration, boolean created) {}

    /** The places of an event with a capacity: how many there are and how many are taken. */
    public record Places(int capacity, int taken) {}

    @Transactional
    public Registered register(long eventId, RegistrationDraft draft, String idempotencyKey) {
        // plain reads: a registration rush runs this for every request
        if (jdbc.sql("select count(*) from events_event where id = ?")
                        .param(eventId)
                        .query(Integer.class)
                        .single()
                == 0) {
            throw new NotFoundException("Event", eventId);
        }
        check(draft, idempotencyKey);
        if (idempotencyKey != null) {
            Optional<RegistrationSummary> earlier = find("idempotency_key = ?", eventId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), false);
            }
        }
        Instant now = Instant.now();
        String token = UUID.randomUUID().toString();
        Optional<Long> cancelled = jdbc.sql(
                        "select id from events_registration where event_id = ? and email = ? and status = 'CANCELLED'")
                .params(eventId, draft.email())
                .query(Long.class)
                .optional();
        try {
            if (cancelled.isPresent()) {
                // only one of two requests at once takes the cancelled registration up again
                int renewed = jdbc.sql("update events_registration set token = ?, name = ?, country = ?, category = ?,"
                                + " language = ?, status = ?, idempotency_key = ?, registered_at = ?, changed_at = ?"
                                + " where id = ? and status = ?")
                        .params(
                                token,
                                draft.name(),
                                draft.country(),
                                draft.category().name(),
                                draft.language(),
                                RegistrationStatus.CONFIRMED.name(),
                                idempotencyKey,
                                timestamp(now),
                                timestamp(now),
                                cancelled.get(),
                                RegistrationStatus.CANCELLED.name())
                        .update();
                if (renewed == 0) {
                    throw new DuplicateKeyException("registered meanwhile");
                }
            } else {
                jdbc.sql("insert into events_registration (event_id, token, email, name, country, category, language,"
                                + " status, idempotency_key, registered_at, changed_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                eventId,
                                token,
                                draft.email(),
                                draft.name(),
                                draft.country(),
                                draft.category().name(),
                                draft.language(),
                                RegistrationStatus.CONFIRMED.name(),
                                idempotencyKey,
                                timestamp(now),
                                timestamp(now))
                        .update();
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("email", "error.registration.twice")));
        }
        if (!takePlace(eventId)) {
            jdbc.sql("update events_registration set status = ? where token = ?")
                    .params(RegistrationStatus.WAITING.name(), token)
                    .update();
        }
        return new Registered(byToken(eventId, token), true);
    }

    /** The registration, to the person holding its token. */
    @Transactional(readOnly = true)
    public RegistrationSummary get(long eventId, String token) {
        return byToken(eventId, token);
    }

    /** Cancels the registration; a confirmed place goes to the first on the waiting list at once. */
    @Transactional
    public RegistrationSummary cancel(long eventId, String token) {
        lockPlaces(eventId);
        RegistrationSummary registration = byToken(eventId, token);
        if (registration.status() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        jdbc.sql("update events_registration set status = ?, changed_at = ? where id = ?")
                .params(RegistrationStatus.CANCELLED.name(), timestamp(Instant.now()), registration.id())
                .update();
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            jdbc.sql("update events_quota set taken = taken - 1 where event_id = ? and taken > 0")
                    .param(eventId)
                    .update();
            promote(eventId);
        }
        return byToken(eventId, token);
    }

    /** Every registration of the event, in the order made: to its organizers. */
    @Transactional(readOnly = true)
    public List<RegistrationSummary> all(CurrentUser user, long eventId) {
        user.requireSignedIn();
        Event event = requireEvent(eventId);
        if (!access.canEdit(user, event)) {
            throw new AccessDeniedException("Not an organizer of the event");
        }
        return jdbc.sql(SELECT + " where r.event_id = ? order by r.id")
                .param(eventId)
                .query(Registrations::summary)
                .list();
    }

    /**
     * Sets the event's capacity (null: unlimited) and confirms those waiting as far as places are
     * free; a capacity below the places already confirmed is refused.
     */
    @Transactional
    void setCapacity(long eventId, Integer capacity) {
        int confirmed = jdbc.sql("select count(*) from events_registration where event_id = ? and status = ?")
                .params(eventId, RegistrationStatus.CONFIRMED.name())
                .query(Integer.class)
                .single();
        if (capacity != null && capacity < confirmed) {
            new InputCheck()
                    .reject("capacity", "error.event.capacityBelowConfirmed", confirmed)
                    .throwIfAny();
        }
        if (capacity == null) {
            jdbc.sql("delete from events_quota where event_id = ?")
                    .param(eventId)
                    .update();
            jdbc.sql("update events_registration set status = ?, changed_at = ? where event_id = ? and status = ?")
                    .params(
                            RegistrationStatus.CONFIRMED.name(),
                            timestamp(Instant.now()),
                            eventId,
                            RegistrationStatus.WAITING.name())
                    .update();
            return;
        }
        if (lockPlaces(eventId).isEmpty()) {
            jdbc.sql("insert into events_quota (event_id, capacity, taken) values (?, ?, ?)")
                    .params(eventId, capacity, confirmed)
                    .update();
        } else {
            jdbc.sql("update events_quota set capacity = ? where event_id = ?")
                    .params(capacity, eventId)
                    .update();
        }
        promote(eventId);
    }

    /** The places of the events that have a capacity. */
    Map<Long, Places> places(Collection<Long> eventIds) {
        Map<Long, Places> places = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("select event_id, capacity, taken from events_quota where event_id in (:ids)")
                    .param("ids", eventIds)
                    .query((rs, n) -> places.put(rs.getLong(1), new Places(rs.getInt(2), rs.getInt(3))))
                    .list();
        }
        return places;
    }

    /** Confirms those waiting, first come first served, while places are free. */
    private void promote(long eventId) {
        while (true) {
            Optional<Long> next = jdbc.sql("select id from events_registration where event_id = ? and status = ?"
                            + " order by id fetch first 1 rows only")
                    .params(eventId, RegistrationStatus.WAITING.name())
                    .query(Long.class)
                    .optional();
            if (next.isEmpty() || !takePlace(eventId)) {
                return;
            }
            jdbc.sql("update events_registration set status = ?, changed_at = ? where id = ?")
                    .params(RegistrationStatus.CONFIRMED.name(), timestamp(Instant.now()), next.get())
                    .update();
        }
    }

    /** Takes one place if one is free; an event without a capacity always has one. */
    private boolean takePlace(long eventId) {
        int taken = jdbc.sql("update events_quota set taken = taken + 1 where event_id = ? and taken < capacity")
                .param(eventId)
                .update();
        return taken == 1
                || jdbc.sql("select count(*) from events_quota where event_id = ?")
                                .param(eventId)
                                .query(Integer.class)
                                .single()
                        == 0;
    }

    /** Locks the event's places (when it has a capacity) until the transaction ends. */
    private Optional<Integer> lockPlaces(long eventId) {
        return jdbc.sql("select taken from events_quota where event_id = ? for update")
                .param(eventId)
                .query(Integer.class)
                .optional();
    }

    private void check(RegistrationDraft d, String idempotencyKey) {
        InputCheck check = new InputCheck();
        check.require("name", d.name());
        check.maxLength("name", d.name(), 200);
        check.require("email", d.email());
        check.maxLength("email", d.email(), 254);
        if (d.email() != null && !d.email().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            check.reject("email", "error.email");
        }
        if (d.country() != null && !d.country().matches("[A-Z]{2}")) {
            check.reject("country", "error.country.unknown", d.country());
        }
        check.require("category", d.category());
        if (d.language() != null && !LocalizedText.isKnownLanguageTag(d.language())) {
            check.reject("language", "error.languageTag", d.language());
        }
        check.maxLength("Idempotency-Key", idempotencyKey, 100);
        check.throwIfAny();
    }

    private Event requireEvent(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
    }

    private RegistrationSummary byToken(long eventId, String token) {
        return find("token = ?", eventId, token).orElseThrow(() -> new NotFoundException("Registration", token));
    }

    private Optional<RegistrationSummary> find(String condition, long eventId, Object value) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r." + condition)
                .params(eventId, value)
                .query(Registrations::summary)
                .optional();
    }

    private static final String SELECT = "select r.id, r.event_id, r.token, r.name, r.email, r.country, r.category,"
            + " r.language,"
            + " r.status, r.registered_at, (select count(*) from events_registration w where w.event_id = r.event_id"
            + " and w.status = 'WAITING' and w.id <= r.id) as position from events_registration r";

    private static RegistrationSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
        return new RegistrationSummary(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getString("token"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("country"),
                AttendeeCategory.valueOf(rs.getString("category")),
                rs.getString("language"),
                status,
                status == RegistrationStatus.WAITING ? rs.getInt("position") : null,
                rs.getTimestamp("registered_at").toInstant());
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
