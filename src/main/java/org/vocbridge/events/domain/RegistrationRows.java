package org.vocbridge.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.shared.DatabaseConfig;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;

/** The rows of registrations: stored, taken up again, their status changed, and read with their place in the queue. */
@Component
class RegistrationRows {

    private final JdbcClient jdbc;
    private final boolean postgres;

    RegistrationRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = DatabaseConfig.isPostgres(dataSource);
    }

    /** A registration as filled in and checked, with the token and time it is stored with. */
    record Registration(
            long eventId, RegistrationDraft draft, Long delegationId, String token, String idempotencyKey, Instant at) {

        RegistrationSummary summary(long id, RegistrationStatus status, Integer position) {
            return new RegistrationSummary(
                    id,
                    eventId,
                    token,
                    draft.name(),
                    draft.email(),
                    draft.country(),
                    draft.category(),
                    draft.language(),
                    delegationId,
                    status,
                    position,
                    null,
                    at);
        }
    }

    /** Every registration of the event in the order made, those waiting numbered. */
    List<RegistrationSummary> all(long eventId) {
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
     * Inserts the registration; its id, or empty when the event has the person (email) or the
     * request (key) already (PostgreSQL: nothing done; H2 refuses and keeps the transaction going).
     */
    Optional<Long> insert(Registration r, RegistrationStatus status) {
        var key = new GeneratedKeyHolder();
        List<Object> values = new ArrayList<>(List.of(r.eventId(), r.draft().email()));
        values.addAll(written(r, status));
        try {
            jdbc.sql("insert into events_registration (event_id, email, " + WRITTEN + ")"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + (postgres ? " on conflict do nothing" : ""))
                    .params(values)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return key.getKeyList().isEmpty()
                ? Optional.empty()
                : Optional.of(key.getKey().longValue());
    }

    /**
     * Takes up the person's earlier cancelled or expired registration for the one made; its id. A
     * person registered already is refused.
     */
    long renew(Registration r, RegistrationStatus status) {
        Optional<Long> earlier = jdbc.sql("select id from events_registration where event_id = ? and email = ?"
                        + " and status in ('CANCELLED', 'EXPIRED')")
                .params(r.eventId(), r.draft().email())
                .query(Long.class)
                .optional();
        // only one of two requests at once takes the earlier registration up again
        if (earlier.isEmpty()
                || jdbc.sql("update events_registration set (" + WRITTEN + ", offer_expires_at)"
                                        + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)"
                                        + " where id = ? and status in ('CANCELLED', 'EXPIRED')")
                                .params(Stream.concat(written(r, status).stream(), Stream.of(earlier.get()))
                                        .toList())
                                .update()
                        == 0) {
            new InputCheck().reject("email", "error.registration.twice").throwIfAny();
        }
        jdbc.sql("delete from events_agenda_pick where registration_id = ?")
                .param(earlier.get())
                .update();
        return earlier.get();
    }

    /** The columns a registration writes, new or taken up again, in the order of {@link #written}. */
    private static final String WRITTEN = "token, name, country, category, language, delegation_id, status,"
            + " idempotency_key, registered_at, changed_at";

    private static List<Object> written(Registration r, RegistrationStatus status) {
        RegistrationDraft d = r.draft();
        Timestamp at = Timestamp.from(r.at());
        return Arrays.asList(
                r.token(),
                d.name(),
                d.country(),
                d.category().name(),
                d.language(),
                r.delegationId(),
                status.name(),
                r.idempotencyKey(),
                at,
                at);
    }

    void setStatus(long id, RegistrationStatus status, Instant offerExpiresAt) {
        jdbc.sql("update events_registration set status = ?, offer_expires_at = ?, changed_at = ? where id = ?")
                .params(
                        status.name(),
                        offerExpiresAt == null ? null : Timestamp.from(offerExpiresAt),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
    }

    RegistrationSummary byToken(long eventId, String token) {
        return find("token = ?", eventId, token).orElseThrow(() -> new NotFoundException("Registration", token));
    }

    /** One registration, with its place in the queue when waiting. */
    Optional<RegistrationSummary> find(String condition, long eventId, Object value) {
        return jdbc.sql(SELECT + " where r.event_id = ? and r." + condition)
                .params(eventId, value)
                .query((rs, n) -> summary(rs))
                .optional()
                .map(r -> r.status() != RegistrationStatus.WAITING ? r : withPosition(r, position(eventId, r.id())));
    }

    /**
     * The place of a waiting registration in its event's queue when among the first
     * {@value #POSITIONS} (else null): counted from the head of the queue, so that answering one who
     * joins a long queue in a rush does not count the whole queue each time.
     */
    Integer position(long eventId, long id) {
        int counted = jdbc.sql("select count(*) from (select r.id from events_registration r where r.event_id = ?"
                        + " and r.status = ? and r.id <= ? order by r.id fetch first " + (POSITIONS + 1)
                        + " rows only) ahead")
                .params(eventId, RegistrationStatus.WAITING.name(), id)
                .query(Integer.class)
                .single();
        return counted <= POSITIONS ? counted : null;
    }

    private static final int POSITIONS = 500;

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

    private static RegistrationSummary withPosition(RegistrationSummary r, Integer position) {
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
