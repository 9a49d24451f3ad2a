package org.vocbridge.events.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;

/**
 * A registrant's personal agenda: the sessions they chose, kept with their registration and read
 * with its token (the key a calendar feed's address holds). None chosen means the whole event.
 */
@Service
@RequiredArgsConstructor
public class PersonalAgendas {

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Events events;
    private final Quotas quotas;

    /** The sessions chosen, in no order; empty while none is. */
    @Transactional(readOnly = true)
    public Set<Long> picks(long eventId, String token) {
        RegistrationSummary r = active(eventId, token);
        return Set.copyOf(jdbc.sql("select session_id from events_agenda_pick where registration_id = ?")
                .param(r.id())
                .query(Long.class)
                .list());
    }

    /**
     * Replaces the chosen sessions; every one must be a session of the event. Sessions with limited
     * places stay as registered: their places are taken (or waited for) with the registration.
     */
    @Transactional
    public Set<Long> choose(long eventId, String token, List<Long> sessionIds) {
        RegistrationSummary r = active(eventId, token);
        List<Long> chosen =
                sessionIds == null ? List.of() : sessionIds.stream().distinct().toList();
        Set<Long> sessions =
                events.get(eventId).sessions().stream().map(SessionSummary::id).collect(Collectors.toSet());
        Set<Long> limited =
                quotas.places(List.of(eventId), Quotas.Scope.SESSION).keySet();
        Set<Long> held = picks(eventId, token);
        InputCheck check = new InputCheck();
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i) == null || !sessions.contains(chosen.get(i))) {
                check.reject("sessionIds[" + i + "]", "error.event.session.unknown");
            } else if (limited.contains(chosen.get(i)) && !held.contains(chosen.get(i))) {
                check.reject("sessionIds[" + i + "]", "error.event.session.placesAtRegistration");
            }
        }
        if (held.stream().anyMatch(s -> limited.contains(s) && !chosen.contains(s))) {
            check.reject("sessionIds", "error.event.session.placesAtRegistration");
        }
        check.throwIfAny();
        jdbc.sql("delete from events_agenda_pick where registration_id = ?")
                .param(r.id())
                .update();
        chosen.forEach(s -> jdbc.sql("insert into events_agenda_pick (registration_id, session_id) values (?, ?)")
                .params(r.id(), s)
                .update());
        return Set.copyOf(chosen);
    }

    /** The registration of the token, unless cancelled: a cancelled one has no agenda. */
    private RegistrationSummary active(long eventId, String token) {
        RegistrationSummary r = registrations.get(eventId, token);
        if (r.status() == RegistrationStatus.CANCELLED) {
            throw new NotFoundException("Agenda", token);
        }
        return r;
    }
}
