package org.vocbridge.events.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.shared.InputCheck;
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
 *
 * <p>A new registration costs four statements (the event's rules, the insert, the quotas it needs,
 * the place taken): whatever else (a repeated request, a person taking up a cancelled registration)
 * is looked for only when the insert finds the person or the key already there.
 *
 * <p>Which places are free is read without a lock, so a place may be freed while a registration
 * that found none is being made, and the promotion that follows cannot see that registration yet.
 * Hence both look again once committed: a registration left waiting whose quotas have room by then,
 * and whatever freed places while someone still waits with the event not full, promote those
 * waiting at once (the later of the two commits sees the other). The minutely
 * {@link WaitingListOffers} does the same for a node that died in between.
 */
@Service
public class Registrations {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate registering;
    private final EventAccess access;
    private final Quotas quotas;
    private final RegistrationChecks checks;
    private final RegistrationRows rows;

    Registrations(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            DataSource dataSource,
            EventAccess access,
            Quotas quotas,
            RegistrationChecks checks,
            RegistrationRows rows) {
        this.jdbc = jdbc;
        // each its own transaction, also when run after another one commits
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // a new registration is plain JDBC: a transaction of the connection alone, without an
        // entity manager made and closed around it
        this.registering = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.registering.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.access = access;
        this.quotas = quotas;
        this.checks = checks;
        this.rows = rows;
    }

    /** A registration and whether this request made it (false: an earlier request with its key did). */
    public record Registered(RegistrationSummary registration, boolean created) {}

    public Registered register(long eventId, RegistrationDraft form, String idempotencyKey) {
        Registered registered = registering.execute(tx -> store(eventId, form, idempotencyKey));
        return registered.created() ? new Registered(healed(registered.registration()), true) : registered;
    }

    private Registered store(long eventId, RegistrationDraft form, String idempotencyKey) {
        RegistrationChecks.Rules rules = checks.rules(eventId);
        RegistrationChecks.Invitation invitation = checks.check(eventId, rules, form, idempotencyKey);
        RegistrationDraft draft = form.inCountry(invitation.country());
        boolean eventOnly =
                invitation.delegationId() == null && draft.sessionIds().isEmpty();
        // one that needs only the event's places, which were all taken when read, waits from the start;
        // a place freed since is found once this commits (healed)
        RegistrationStatus status = rules.approval() && invitation.delegationId() == null
                ? RegistrationStatus.PENDING
                : eventOnly && rules.eventFull() ? RegistrationStatus.WAITING : RegistrationStatus.CONFIRMED;
        RegistrationRows.Registration registration = new RegistrationRows.Registration(
                eventId,
                draft,
                invitation.delegationId(),
                UUID.randomUUID().toString(),
                idempotencyKey,
                // as precise as the column keeps it, so that the answer tells the time stored
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        Optional<Long> inserted = rows.insert(registration, status);
        if (inserted.isEmpty() && idempotencyKey != null) {
            Optional<RegistrationSummary> earlier = rows.find("idempotency_key = ?", eventId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), false);
            }
        }
        long id = inserted.isPresent() ? inserted.get() : rows.renew(registration, status);
        draft.sessionIds()
                .forEach(s -> jdbc.sql("insert into events_agenda_pick (registration_id, session_id) values (?, ?)")
                        .params(id, s)
                        .update());
        if (status == RegistrationStatus.CONFIRMED
                && !(eventOnly && quotas.takeEventPlace(eventId))
                && !quotas.take(eventId, id)) {
            status = RegistrationStatus.WAITING;
            rows.setStatus(id, status, null);
        }
        return new Registered(
                registration.summary(
                        id, status, status == RegistrationStatus.WAITING ? rows.position(eventId, id) : null),
                true);
    }

    /**
     * The registration as it is once committed: one left waiting whose quotas have room by now
     * (read without a lock) has those waiting promoted, itself among them in its turn.
     */
    private RegistrationSummary healed(RegistrationSummary registration) {
        if (registration.status() != RegistrationStatus.WAITING
                || !quotas.room(registration.eventId(), registration.id())) {
            return registration;
        }
        return transactions.execute(tx -> {
            quotas.lockAll(registration.eventId());
            promote(registration.eventId());
            return rows.byToken(registration.eventId(), registration.token());
        });
    }

    /** Once the transaction freeing places commits, promotes those waiting if there is room then. */
    private void promoteAfterCommit(long eventId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                promoteWaiting(eventId);
            }
        });
    }

    /** Promotes those waiting for the event, if any, when the event is not full (read without a lock). */
    public void promoteWaiting(long eventId) {
        transactions.executeWithoutResult(tx -> {
            boolean waiting = jdbc.sql("select id from events_registration where event_id = ? and status = ?"
                            + " fetch first 1 rows only")
                    .params(eventId, RegistrationStatus.WAITING.name())
                    .query(Long.class)
                    .optional()
                    .isPresent();
            if (waiting && !quotas.eventFull(eventId)) {
                quotas.lockAll(eventId);
                promote(eventId);
            }
        });
    }

    /** The registration, to the person holding its token. */
    @Transactional(readOnly = true)
    public RegistrationSummary get(long eventId, String token) {
        return rows.byToken(eventId, token);
    }

    /** Cancels the registration; a place it held goes to the first on the waiting list at once. */
    @Transactional
    public RegistrationSummary cancel(long eventId, String token) {
        quotas.lockAll(eventId);
        RegistrationSummary registration = rows.byToken(eventId, token);
        RegistrationStatus was = registration.status();
        if (was == RegistrationStatus.CANCELLED
                || was == RegistrationStatus.DECLINED
                || was == RegistrationStatus.EXPIRED) {
            return registration;
        }
        rows.setStatus(registration.id(), RegistrationStatus.CANCELLED, null);
        if (was == RegistrationStatus.CONFIRMED || was == RegistrationStatus.OFFERED) {
            quotas.release(eventId, registration.id());
            promote(eventId);
            promoteAfterCommit(eventId);
        }
        return rows.byToken(eventId, token);
    }

    /**
     * An organizer's decision on a registration waiting for approval: approved, it takes its places
     * (or waits for them); declined, it is over.
     */
    public RegistrationSummary decide(CurrentUser user, long eventId, String token, boolean approved) {
        return healed(transactions.execute(tx -> decided(user, eventId, token, approved)));
    }

    private RegistrationSummary decided(CurrentUser user, long eventId, String token, boolean approved) {
        access.requireOrganizer(user, eventId);
        RegistrationSummary registration = rows.byToken(eventId, token);
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
            rows.setStatus(registration.id(), RegistrationStatus.WAITING, null);
        }
        return rows.byToken(eventId, token);
    }

    /** Takes the place offered to the registrant, while the offer holds. */
    @Transactional
    public RegistrationSummary accept(long eventId, String token) {
        RegistrationSummary registration = rows.byToken(eventId, token);
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
        return rows.byToken(eventId, token);
    }

    /** Every registration of the event, in the order made: to its organizers. */
    @Transactional(readOnly = true)
    public List<RegistrationSummary> all(CurrentUser user, long eventId) {
        access.requireOrganizer(user, eventId);
        return rows.all(eventId);
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
        promoteAfterCommit(eventId);
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
            rows.setStatus(id, RegistrationStatus.EXPIRED, null);
            quotas.release(eventId, id);
        }
        if (!expired.isEmpty()) {
            promote(eventId);
            promoteAfterCommit(eventId);
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
                    rows.setStatus(id, RegistrationStatus.CONFIRMED, null);
                } else {
                    rows.setStatus(id, RegistrationStatus.OFFERED, Instant.now().plus(Duration.ofHours(offerHours)));
                }
            }
        }
    }
}
