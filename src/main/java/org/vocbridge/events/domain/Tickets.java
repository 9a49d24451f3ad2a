package org.vocbridge.events.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tickets for confirmed registrations, signed with the platform's Ed25519 key so that a check-in
 * page verifies them without the network: {@code VB1.<claims>.<signature>}, both base64url, the
 * claims a small JSON object. A cancelled registration's ticket is revoked: the check-in kit lists
 * it, and the server refuses it. Each ticket checks in once at the door (session 0) and once per
 * session; a second scan answers when it was checked in first.
 */
@Service
@RequiredArgsConstructor
public class Tickets {

    static final String PREFIX = "VB1.";
    private static final int MAX_CODE = 2_000;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final TicketKeys keys;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Events events;
    private final Registrations registrations;

    /** What a ticket says, signed: the event, the registration, and who holds it. */
    public record Ticket(long eventId, long registrationId, String name, AttendeeCategory category, String country) {}

    /** A ticket as signed: short names, as every byte makes the QR code denser. */
    private record Claims(
            @JsonProperty("e") long eventId,
            @JsonProperty("r") long registrationId,
            @JsonProperty("n") String name,
            @JsonProperty("c") AttendeeCategory category,
            @JsonProperty("k") String country) {

        Ticket ticket() {
            return new Ticket(eventId, registrationId, name, category, country);
        }
    }

    /**
     * A ticket checked in at the door (session 0) or a session.
     *
     * @param earlier whether it had been checked in there before, at {@code checkedInAt}
     */
    public record CheckIn(Ticket ticket, long sessionId, Instant checkedInAt, boolean earlier) {}

    /** What a check-in page needs to verify tickets offline: the public key and the revoked registrations. */
    public record CheckInKit(String algorithm, String publicKey, List<Long> revoked) {}

    /**
     * Check-ins so far: at the door (session 0) and per session, and at the door per country and
     * per delegation (0: registered without one) of the registrations.
     */
    public record CheckInCounts(Map<Long, Long> bySession, Map<String, Long> byCountry, Map<Long, Long> byDelegation) {}

    /** The ticket of a confirmed registration, to the person holding its token. */
    public String code(long eventId, String token) {
        RegistrationSummary r = registrations.get(eventId, token);
        if (r.status() != RegistrationStatus.CONFIRMED) {
            throw new NotFoundException("Ticket", token);
        }
        return sign(new Claims(eventId, r.id(), r.name(), r.category(), r.country()));
    }

    /** The ticket a code holds when the platform's key signed it; empty for anything else. */
    public Optional<Ticket> read(String code) {
        if (code == null || code.length() > MAX_CODE || !code.strip().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = code.strip().substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] claims = DECODE.decode(parts[0]);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.keys().getPublic());
            verifier.update(claims);
            if (!verifier.verify(DECODE.decode(parts[1]))) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(claims, Claims.class).ticket());
        } catch (IllegalArgumentException | GeneralSecurityException | JacksonException e) {
            return Optional.empty();
        }
    }

    /** The check-in kit of the event: its organizers. */
    public CheckInKit kit(CurrentUser user, long eventId) {
        requireOrganizer(user, eventId);
        List<Long> revoked = jdbc.sql(
                        "select id from events_registration where event_id = ? and status = ? order by id")
                .params(eventId, RegistrationStatus.CANCELLED.name())
                .query(Long.class)
                .list();
        return new CheckInKit("Ed25519", keys.publicKey(), revoked);
    }

    /**
     * Checks the ticket in at the door (sessionId null or 0) or a session of the event: its
     * organizers. A forged or altered ticket, one of another event and a revoked one are refused.
     */
    public CheckIn checkIn(CurrentUser user, long eventId, String code, Long sessionId) {
        EventSummary event = requireOrganizer(user, eventId);
        long session = sessionId == null ? 0 : sessionId;
        InputCheck check = new InputCheck();
        if (session != 0 && event.sessions().stream().noneMatch(s -> s.id() == session)) {
            check.reject("sessionId", "error.event.session.unknown");
        }
        Ticket ticket = read(code).orElse(null);
        if (ticket == null) {
            check.reject("code", "error.ticket.invalid");
        } else if (ticket.eventId() != eventId) {
            check.reject("code", "error.ticket.otherEvent");
        } else if (!RegistrationStatus.CONFIRMED.name().equals(status(ticket))) {
            check.reject("code", "error.ticket.revoked");
        }
        check.throwIfAny();
        boolean earlier = false;
        try {
            // no transaction around it: a second scan of the same ticket finds the first one's key
            jdbc.sql("insert into events_check_in (event_id, registration_id, session_id, checked_in_at, checked_in_by)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            eventId,
                            ticket.registrationId(),
                            session,
                            java.sql.Timestamp.from(Instant.now()),
                            user.username())
                    .update();
        } catch (DuplicateKeyException e) {
            earlier = true;
        }
        Instant at = jdbc.sql("select checked_in_at from events_check_in where registration_id = ? and session_id = ?")
                .params(ticket.registrationId(), session)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        return new CheckIn(ticket, session, at, earlier);
    }

    /** The event's check-ins so far, by session and by country: its organizers. */
    public CheckInCounts counts(CurrentUser user, long eventId) {
        requireOrganizer(user, eventId);
        Map<Long, Long> bySession = new LinkedHashMap<>();
        jdbc.sql(
                        "select session_id, count(*) from events_check_in where event_id = ? group by session_id order by session_id")
                .param(eventId)
                .query(rs -> {
                    bySession.put(rs.getLong(1), rs.getLong(2));
                });
        Map<String, Long> byCountry = new LinkedHashMap<>();
        jdbc.sql("select coalesce(r.country, 'ZZ'), count(*) as n from events_check_in c join events_registration r"
                        + " on r.id = c.registration_id where c.event_id = ? and c.session_id = 0"
                        + " group by coalesce(r.country, 'ZZ') order by n desc, 1")
                .param(eventId)
                .query(rs -> {
                    byCountry.put(rs.getString(1), rs.getLong(2));
                });
        Map<Long, Long> byDelegation = new LinkedHashMap<>();
        jdbc.sql("select coalesce(r.delegation_id, 0), count(*) from events_check_in c join events_registration r"
                        + " on r.id = c.registration_id where c.event_id = ? and c.session_id = 0"
                        + " group by coalesce(r.delegation_id, 0) order by 1")
                .param(eventId)
                .query(rs -> {
                    byDelegation.put(rs.getLong(1), rs.getLong(2));
                });
        return new CheckInCounts(bySession, byCountry, byDelegation);
    }

    private String sign(Claims ticket) {
        try {
            byte[] claims = json.writeValueAsBytes(ticket);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.keys().getPrivate());
            signer.update(claims);
            return PREFIX + ENCODE.encodeToString(claims) + "." + ENCODE.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private String status(Ticket ticket) {
        return jdbc.sql("select status from events_registration where id = ? and event_id = ?")
                .params(ticket.registrationId(), ticket.eventId())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private EventSummary requireOrganizer(CurrentUser user, long eventId) {
        user.requireSignedIn();
        EventSummary event = events.get(eventId);
        if (!events.organizes(user, event)) {
            throw new AccessDeniedException("Not an organizer of the event");
        }
        return event;
    }
}
