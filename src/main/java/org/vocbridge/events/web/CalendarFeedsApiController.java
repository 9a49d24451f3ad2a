package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.domain.EventCalendar;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.PersonalAgendas;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.web.PublicAddress;

/** Calendar feeds of one session and of a registrant's personal agenda, and the sessions on that agenda. */
@RestController
@RequestMapping("/api/v1/events/{id}")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class CalendarFeedsApiController {

    private final Events events;
    private final EventCalendar calendar;
    private final PersonalAgendas agendas;
    private final PublicAddress address;

    /** The sessions on a personal agenda. */
    record Agenda(Set<Long> sessionIds) {}

    /** The sessions to put on a personal agenda (none: the whole event). */
    record AgendaChoice(List<Long> sessionIds) {}

    @GetMapping(path = "/sessions/{sessionId}/calendar", produces = "text/calendar")
    @Operation(
            summary = "One session as iCalendar",
            description = "The session's VEVENT with the same UID and SEQUENCE as in the event's calendar.")
    ResponseEntity<String> session(@PathVariable long id, @PathVariable long sessionId, Locale locale) {
        EventSummary event = events.get(id);
        if (event.sessions().stream().noneMatch(s -> s.id() == sessionId)) {
            throw new NotFoundException("Session", sessionId);
        }
        return feed(event, Set.of(sessionId), locale, "event-" + id + "-session-" + sessionId);
    }

    @GetMapping(path = "/registrations/{token}/calendar", produces = "text/calendar")
    @Operation(
            summary = "A registrant's personal agenda as a calendar feed",
            description = "The sessions the registrant chose (all of the event while none is), refreshed by "
                    + "calendar applications every six hours; the token in the address is the key to it.")
    ResponseEntity<String> personal(@PathVariable long id, @PathVariable String token, Locale locale) {
        Set<Long> picks = agendas.picks(id, token);
        return feed(events.get(id), picks, locale, "event-" + id + "-my-agenda");
    }

    @GetMapping("/registrations/{token}/agenda")
    @Operation(summary = "The sessions on a personal agenda", description = "None: the whole event.")
    Agenda agenda(@PathVariable long id, @PathVariable String token) {
        return new Agenda(agendas.picks(id, token));
    }

    @PutMapping("/registrations/{token}/agenda")
    @Operation(
            summary = "Choose the sessions of a personal agenda",
            description = "To the holder of the registration's token; every id must be a session of the event.")
    Agenda choose(@PathVariable long id, @PathVariable String token, @RequestBody AgendaChoice choice) {
        return new Agenda(agendas.choose(id, token, choice.sessionIds()));
    }

    private ResponseEntity<String> feed(EventSummary event, Set<Long> sessions, Locale locale, String file) {
        return ResponseEntity.ok()
                .contentType(EventsApiController.CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + file + ".ics\"")
                .body(calendar.of(event, sessions, locale, address.of("/events/" + event.id())));
    }
}
