package org.vocbridge.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Registration for events, never more confirmed places than any capacity under any concurrency: a
 * registration is written first, then it takes a place in every quota it needs (the event's, its
 * delegation's, its sessions') with conditional updates, the last statements before commit; a
 * refused place leaves it on the waiting list. A registration made without an invitation code
 * waits for an organizer's approval when the event asks for it. Whatever frees a place (a
 * cancellation, an expired offer, a larger capacity) locks the event's quotas and hands it to the
 * first one waiting at once: confirmed, or offered for the hours the event gives. The same person
 * (email) cannot register twice for one event; an {@code Idempotency-Key} makes a repeated request
 * return the registration it made.
 */
@Service
@RequiredArgsConstructor
public class Registrations {

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final Quotas quotas;
    private final RegistrationChecks checks;

    /** A registration and whether this request made it (false: an earlier request with its key did). */
    public record Registered(RegistrationSummary registration, boolean created) {}

    @Transactional
    public Registered register(long eventId, RegistrationDraft form, String idempotencyKey) {
        RegistrationChecks.Rules rules = checks.rules(eventId);
        RegistrationChecks.Invitation invitation = checks.check(eventId, rules, form, idempotencyKey);
        RegistrationDraft draft = form.inCountry(invitation.country());
        if (idempotencyKey != null) {
            Optional<RegistrationSummary> earlier = find("idempotency_key = ?", eventId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), false);
            }
        }
        RegistrationStatus status = rules.approval() && invitation.delegationId() == null
                ? RegistrationStatus.PENDING
                : RegistrationStatus.CONFIRMED;
        String token = UUID.randomUUID().toString();
        long id = write(eventId, draft, invitation.delegationId(), status, token, idempotencyKey);
        jdbc.sql("delete from events_agenda_pick where registration_id = ?")
                .param(id)
                .update();
        draft.sessionIds()
                .forEach(s -> jdbc.sql("insert into events_agenda_pick (registration_id, session_id) values (?, ?)")
                        .params(id, s)
                        .update());
        if (status == RegistrationStatus.CONFIRMED && !quotas.take(eventId, id)) {
            setStatus(id, RegistrationStatus.WAITING, null);
        }
        return new Registered(byToken(eventId, token), true);
    }

    /** The registration, to the person holding its token. */
    @Transactional(readOnly = true)
    public RegistrationSummary get(long eventId, String token) {
        return byToken(eventId, token);
    }

    /** Cancels the registration; a place it held goes to the first on the waiting list at once. */
    @Transactional
    public RegistrationSummary cancel(long eventId, String token) {
        quotas.lockAll(eventId);
        RegistrationSummary registration = byToken(eventId, token);
        RegistrationStatus was = registration.status();
        if (was == RegistrationStatus.CANCELLED
                || was == RegistrationStatus.DECLINED
                || was == RegistrationStatus.EXPIRED) {
            return registration;
        }
        setStatus(registration.id(), RegistrationStatus.CANCELLED, null);
        if (was == RegistrationStatus.CONFIRMED || was == RegistrationStatus.OFFERED) {
            quotas.release(eventId, registration.id());
            promote(eventId);
        }
        return byToken(eventId, token);
    }

    /**
     * An organizer's decision on a registration waiting for approval: approved, it takes its places
     * (or waits for them); declined, it is over.
     */
    @Transactional
    public RegistrationSummary decide(CurrentUser user, long eventId, String token, boolean approved) {
        access.requireOrganizer(user, eventId);
        RegistrationSummary registration = byToken(eventId, token);
        int changed = jdbc.sql("update events_registration set status = ?, changed_at = ? where id = ? and status = ?")
                .params(
                        approved ? RegistrationStatus.CONFIRMED.name() : RegistrationStatus.DECLINED.name(),
                        Timestamp.from(Instant.now()),
                        registration.id(),
                        RegistrationStatus.PENDING.name())
                .update();
        if (changed == 0) {
            new InputCheck().reject("approved", "error.registration.notPending").throwIfAny();
        }
        if (approved && !quotas.take(eventId, registration.id())) {
            setStatus(registration.id(), RegistrationStatus.WAITING, null);
        }
        return byToken(eventId, token);
    }

    /** Takes the place offered to the registrant, while the offer holds. */
    @Transactional
    public RegistrationSummary accept(long eventId, String token) {
        RegistrationSummary registration = byToken(eventId, token);
        int changed = jdbc.sql("update events_registration set status = ?, offer_expires_at = null, changed_at = ?"
                        + " where id = ? and status = ? and offer_expires_at > ?")
                .params(
                        RegistrationStatus.CONFIRMED.name(),
                        Timestamp.from(Instant.now()),
                        registration.id(),
                        RegistrationStatus.OFFERED.name(),
                        Timestamp.from(Instant.now()))
                .update();
        if (changed == 0) {
            new InputCheck().reject("status", "error.registration.noOffer").throwIfAny();
        }
        return byToken(eventId, token);
    }

    /** Every registration of the event, in the order made: to its organizers. */
    @Transactional(readOnly = true)
    public List<RegistrationSummary> all(CurrentUser user, long eventId) {
        access.requireOrganizer(user, eventId);
        List<RegistrationSummary> all = jdbc.sql(SELECT + " where r.event_id = ? order by r.id")
                .param(eventId)
                .query((rs, n) -> summary(rs))
                .list();
        List<RegistrationSummary> numbered = new ArrayList<>(all.size());
        int waiting = 0;
        for (RegistrationSummary r : all) {
            numbered.add(r.status() == RegistrationStatus.WAITING ? withPosition(r, ++waiting) : r);
        }
        return numbered;
    }

    /**
     * Every quota of the event with its counter and the places held in it, counted from the
     * registrations: the two are equal unless something went wrong (the nightly check logs it).
     * To its organizers.
     */
    @Transactional(readOnly = true)
    public List<Quotas.Quota> quotas(CurrentUser user, long eventId) {
        access.requireOrganizer(user, eventId);
        return quotas.of(eventId);
    }

    /**
     * Sets a capacity of the event (null: no limit) and hands the places it frees to those
     * waiting; a capacity below the places already held is refused with a problem for {@code field}.
     */
    @Transactional
    void setCapacity(long eventId, Quotas.Scope scope, long scopeId, Integer capacity, String field) {
        quotas.setCapacity(eventId, scope, scopeId, capacity, field);
        promote(eventId);
    }

    /** Takes a removed session out of every personal agenda, with its places. */
    @Transactional
    void forgetSession(long eventId, long sessionId) {
        setCapacity(eventId, Quotas.Scope.SESSION, sessionId, null, "capacity");
        jdbc.sql("delete from events_agenda_pick where session_id = ?")
                .param(sessionId)
                .update();
    }

    /** Ends the offers of the event that expired by {@code now} and offers their places on. */
    @Transactional
    public void expireOffers(long eventId, Instant now) {
        quotas.lockAll(eventId);
        List<Long> expired = jdbc.sql("select id from events_registration where event_id = ? and status = ?"
                        + " and offer_expires_at <= ? order by id")
                .params(eventId, RegistrationStatus.OFFERED.name(), Timestamp.from(now))
                .query(Long.class)
                .list();
        for (Long id : expired) {
            setStatus(id, RegistrationStatus.EXPIRED, null);
            quotas.release(eventId, id);
        }
        if (!expired.isEmpty()) {
            promote(eventId);
        }
    }

    /**
     * Hands free places to those waiting, first come first served: a registration whose quotas are
     * all free is confirmed (or offered), one whose delegation or session is still full keeps
     * waiting while later ones may pass; nobody more once the event itself is full.
     */
    private void promote(long eventId) {
        Integer offerHours = checks.rules(eventId).offerHours();
        List<Long> waiting = jdbc.sql(
                        "select id from events_registration where event_id = ? and status = ? order by id")
                .params(eventId, RegistrationStatus.WAITING.name())
                .query(Long.class)
                .list();
        for (Long id : waiting) {
            if (quotas.eventFull(eventId)) {
                return;
            }
            if (quotas.take(eventId, id)) {
                if (offerHours == null) {
                    setStatus(id, RegistrationStatus.CONFIRMED, null);
                } else {
                    setStatus(id, RegistrationStatus.OFFERED, Instant.now().plus(Duration.ofHours(offerHours)));
                }
            }
        }
    }

    /** Inserts the registration, or takes up the person's earlier cancelled or expired one; its id. */
    private long write(
            long eventId,
            RegistrationDraft d,
            Long delegationId,
            RegistrationStatus status,
            String token,
            String idempotencyKey) {
        Timestamp now = Timestamp.from(Instant.now());
        Optional<Long> earlier = jdbc.sql("select id from events_registration where event_id = ? and email = ?"
                        + " and status in ('CANCELLED', 'EXPIRED')")
                .params(eventId, d.email())
                .query(Long.class)
                .optional();
        try {
            if (earlier.isPresent()) {
                // only one of two requests at once takes the earlier registration up again
                int renewed = jdbc.sql("update events_registration set token = ?, name = ?, country = ?, category = ?,"
                                + " language = ?, delegation_id = ?, status = ?, offer_expires_at = null,"
                                + " idempotency_key = ?, registered_at = ?, changed_at = ?"
                                + " where id = ? and status in ('CANCELLED', 'EXPIRED')")
                        .params(
                                token,
                                d.name(),
                                d.country(),
                                d.category().name(),
                                d.language(),
                                delegationId,
                                status.name(),
                                idempotencyKey,
                                now,
                                now,
                                earlier.get())
                        .update();
                if (renewed == 0) {
                    throw new DuplicateKeyException("registered meanwhile");
                }
                return earlier.get();
            }
            jdbc.sql("insert into events_registration (event_id, token, email, name, country, category, language,"
                            + " delegation_id, status, idempotency_key, registered_at, changed_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            eventId,
                            token,
                            d.email(),
                            d.name(),
                            d.country(),
                            d.category().name(),
                            d.language(),
                            delegationId,
                            status.name(),
                            idempotencyKey,
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            new InputCheck().reject("email", "error.registration.twice").throwIfAny();
        }
        return jdbc.sql("select id from events_registration where token = ?")
                .param(token)
                .query(Long.class)
                .single();
    }

    private void setStatus(long id, RegistrationStatus status, Instant offerExpiresAt) {
        jdbc.sql("update events_registration set status = ?, offer_expires_at = ?, changed_at = ? where id = ?")
                .params(
                        status.name(),
                        offerExpiresAt == null ? null : Timestamp.from(offerExpiresAt),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    private RegistrationSummary byToken(long eventId, String token) {
        return find("token = ?", eventId, token).orElseThrow(() -> new NotFoundException("Registration", token));
    }

    /** One registration, with its place in the queue when waiting. */
    private Optional<RegistrationSummary> find(String condition, long eventId, Object value) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r." + condition)
                .params(eventId, value)
                .query((rs, n) -> summary(rs))
                .optional()
                .map(r -> r.status() != RegistrationStatus.WAITING
                        ? r
                        : withPosition(
                                r,
                                jdbc.sql("select count(*) from events_registration where event_id = ? and status = ?"
                                                + " and id <= ?")
                                        .params(eventId, RegistrationStatus.WAITING.name(), r.id())
                                        .query(Integer.class)
                                        .single()));
    }

    private static final String SELECT = "select r.id, r.event_id, r.token, r.name, r.email, r.country, r.category,"
            + " r.language, r.delegation_id, r.status, r.offer_expires_at, r.registered_at"
            + " from events_registration r";

    private static RegistrationSummary summary(ResultSet rs) throws SQLException {
        Timestamp offer = rs.getTimestamp("offer_expires_at");
        return new RegistrationSummary(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getString("token"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("country"),
                AttendeeCategory.valueOf(rs.getString("category")),
                rs.getString("language"),
                rs.getObject("delegation_id", Long.class),
                RegistrationStatus.valueOf(rs.getString("status")),
                null,
                offer == null ? null : offer.toInstant(),
                rs.getTimestamp("registered_at").toInstant());
    }

    private static RegistrationSummary withPosition(RegistrationSummary r, int position) {
        return new RegistrationSummary(
                r.id(),
                r.eventId(),
                r.token(),
                r.name(),
                r.email(),
                r.country(),
                r.category(),
                r.language(),
                r.delegationId(),
                r.status(),
                position,
                r.offerExpiresAt(),
                r.registeredAt());
    }
}
