package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.domain.EventCalendar;
import org.vocbridge.events.domain.EventDraft;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.Quotas;
import org.vocbridge.events.domain.RegistrationDraft;
import org.vocbridge.events.domain.Registrations;
import org.vocbridge.events.domain.SessionDraft;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FrequentRequests;
import org.vocbridge.shared.web.PublicAddress;

/** Events and their agendas as JSON and iCalendar. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class EventsApiController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final Events events;
    private final EventCalendar calendar;
    private final PublicAddress address;
    private final Registrations registrations;

    @GetMapping
    @Operation(
            summary = "List events",
            description = "Upcoming events (not yet begun, or with dates to be announced) soonest first, or past "
                    + "ones (when=PAST) latest first; of one alliance (alliance) or host organization "
                    + "(organization) when given; paged.")
    ResultPage<EventSummary> list(
            @RequestParam(defaultValue = "UPCOMING") Events.When when,
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return events.list(when, alliance, organization, page, size);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One event with its agenda",
            description = "Times are local to the event's IANA zone (zone); the UTC instants are derived from them.")
    EventSummary get(@PathVariable long id) {
        return events.get(id);
    }

    @GetMapping(path = "/{id}/calendar", produces = "text/calendar")
    @Operation(
            summary = "The event's agenda as iCalendar",
            description = "RFC 5545: a VEVENT per session with a stable UID and SEQUENCE, a VTIMEZONE for the "
                    + "event's zone, texts in the caller's language (Accept-Language or lang).")
    ResponseEntity<String> calendar(@PathVariable long id, Locale locale) {
        EventSummary event = events.get(id);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"event-" + id + ".ics\"")
                .body(calendar.of(event, locale, address.of("/events/" + id)));
    }

    @PostMapping
    @Operation(
            summary = "Create an event",
            description = "The caller is the secretariat of its alliance or an editor of one of its hosts. Bad "
                    + "fields give 400 with a problem per field.")
    ResponseEntity<EventSummary> create(@RequestBody EventDraft draft, CurrentUser user) {
        EventSummary created = events.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an event",
            description = "Its organizers; send the version read, a stale one gets 409. A change of dates, zone or "
                    + "place raises its sequence.")
    EventSummary update(@PathVariable long id, @RequestBody EventDraft draft, CurrentUser user) {
        return events.update(user, id, draft);
    }

    @PostMapping("/{id}/sessions")
    @Operation(
            summary = "Add a session to the agenda",
            description = "Its organizers; times local to the event's zone.")
    ResponseEntity<EventSummary> addSession(@PathVariable long id, @RequestBody SessionDraft draft, CurrentUser user) {
        return ResponseEntity.status(201).body(events.addSession(user, id, draft));
    }

    @PutMapping("/{id}/sessions/{sessionId}")
    @Operation(
            summary = "Change a session",
            description = "Its organizers; a change of time or room raises the session's sequence.")
    EventSummary updateSession(
            @PathVariable long id, @PathVariable long sessionId, @RequestBody SessionDraft draft, CurrentUser user) {
        return events.updateSession(user, id, sessionId, draft);
    }

    @PostMapping("/{id}/registrations")
    @FrequentRequests
    @Operation(
            summary = "Register for an event",
            description = "Anyone may register, once per email. A place is confirmed while the capacity lasts; "
                    + "beyond it the registration waits and is confirmed, first come first served, as soon as a "
                    + "place frees. The answer holds the registration's token, the registrant's key to read or "
                    + "cancel it. With an Idempotency-Key header a repeated request returns the registration it "
                    + "made (200) instead of a new one (201). language (BCP 47) is the badge's language; the caller's (Accept-Language or lang) when not given. "
                    + "A delegation's invitationCode joins it (its quota applies, no approval needed); "
                    + "without one, an event that asks for approval keeps the registration PENDING. "
                    + "sessionIds make the personal agenda; a session with limited places takes one now, "
                    + "and a registration gets all its places or waits.")
    ResponseEntity<RegistrationSummary> register(
            @PathVariable long id,
            @RequestBody RegistrationDraft draft,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Locale locale) {
        Registrations.Registered registered = registrations.register(id, draft.inLanguageOf(locale), idempotencyKey);
        RegistrationSummary r = registered.registration();
        return registered.created()
                ? ResponseEntity.created(URI.create("/api/v1/events/" + id + "/registrations/" + r.token()))
                        .body(r)
                : ResponseEntity.ok(r);
    }

    @GetMapping("/{id}/registrations/{token}")
    @Operation(
            summary = "One registration",
            description = "The registration with this token: confirmed, waiting (with its place in the queue) or "
                    + "cancelled.")
    RegistrationSummary registration(@PathVariable long id, @PathVariable String token) {
        return registrations.get(id, token);
    }

    @DeleteMapping("/{id}/registrations/{token}")
    @Operation(
            summary = "Cancel a registration",
            description = "Cancels the registration with this token; its confirmed place goes to the first one "
                    + "waiting at once.")
    RegistrationSummary cancel(@PathVariable long id, @PathVariable String token) {
        return registrations.cancel(id, token);
    }

    @PostMapping("/{id}/registrations/{token}/approval")
    @Operation(
            summary = "Approve or decline a registration",
            description = "Organizers, for a registration waiting for approval (PENDING): approved, it takes its "
                    + "places or joins the waiting list; declined, it is over. Any other status gives 400.")
    RegistrationSummary decide(
            @PathVariable long id, @PathVariable String token, @RequestBody Decision decision, CurrentUser user) {
        return registrations.decide(user, id, token, Boolean.TRUE.equals(decision.approved()));
    }

    /** An organizer's decision on a registration waiting for approval. */
    record Decision(Boolean approved) {}

    @PostMapping("/{id}/registrations/{token}/acceptance")
    @Operation(
            summary = "Take an offered place",
            description = "The holder of the token takes the place offered from the waiting list (OFFERED) before "
                    + "offerExpiresAt; after it, or without an offer, 400.")
    RegistrationSummary accept(@PathVariable long id, @PathVariable String token) {
        return registrations.accept(id, token);
    }

    @GetMapping("/{id}/places")
    @Operation(
            summary = "The event's quotas",
            description = "Organizers: every quota (the event's, each session's and each delegation's) with its "
                    + "capacity, its counter (taken) and the places its confirmed and offered registrations hold "
                    + "(held), counted from them; taken equals held unless something went wrong. The event's places "
                    + "are split into stripes (rows with their own counters, one place taken from one of them) so that "
                    + "a rush of registrations is not queued behind one row.")
    List<Quotas.Quota> places(@PathVariable long id, CurrentUser user) {
        return registrations.quotas(user, id);
    }

    @GetMapping("/{id}/registrations")
    @Operation(
            summary = "The event's registrations",
            description = "Every registration in the order made (organizers).")
    List<RegistrationSummary> registrations(@PathVariable long id, CurrentUser user) {
        return registrations.all(user, id);
    }

    @DeleteMapping("/{id}/sessions/{sessionId}")
    @Operation(summary = "Remove a session", description = "Its organizers.")
    EventSummary removeSession(@PathVariable long id, @PathVariable long sessionId, CurrentUser user) {
        return events.removeSession(user, id, sessionId);
    }
}
