package org.vocbridge.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.events.CeremonySession;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionKind;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.library.RecordingEntry;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;

/** Events and their agendas: read by everyone, written by their organizers. */
@Service
@RequiredArgsConstructor
public class Events {

    public static final int MAX_PAGE_SIZE = 100;

    private final EventRepository events;
    private final EventAccess access;
    private final EventChecks checks;
    private final EventSummaries summaries;
    private final Registrations registrations;
    private final LibraryApi library;

    /** Which events a list shows. */
    public enum When {
        /** Not yet begun or to be announced, the soonest first. */
        UPCOMING,
        /** Begun already, the latest first. */
        PAST
    }

    @Transactional(readOnly = true)
    public ResultPage<EventSummary> list(When when, Long allianceId, Long hostId, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
        Instant now = Instant.now();
        var found = when == When.PAST
                ? events.past(allianceId, hostId, now, request)
                : events.upcoming(allianceId, hostId, now, request);
        return new ResultPage<>(
                summaries.of(found.getContent()),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    /** The session of that kind, if there is one with the id. */
    @Transactional(readOnly = true)
    public java.util.Optional<CeremonySession> session(long sessionId, SessionKind kind) {
        return sessions(kind).stream().filter(s -> s.sessionId() == sessionId).findFirst();
    }

    /** The sessions of that kind of every event, the latest first. */
    @Transactional(readOnly = true)
    public List<CeremonySession> sessions(SessionKind kind) {
        return events.withSessionOf(kind).stream()
                .map(summaries::of)
                .flatMap(e -> e.sessions().stream()
                        .filter(s -> s.kind() == kind)
                        .map(s -> new CeremonySession(e.id(), s.id(), e.title(), s.title(), s.startsUtc())))
                .sorted(java.util.Comparator.comparing(
                                CeremonySession::startsUtc,
                                java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.Instant>reverseOrder()))
                        .thenComparingLong(CeremonySession::sessionId))
                .toList();
    }

    @Transactional(readOnly = true)
    public EventSummary get(long id) {
        return summaries.of(require(id));
    }

    /** The event, for one of its organizers' forms; refused to anyone else. */
    @Transactional(readOnly = true)
    public EventSummary toOrganize(CurrentUser user, long id) {
        Event event = requireEditable(user, id);
        return summaries.of(event);
    }

    /** Whether the user organizes the event: the alliance secretariat or an editor of a host. */
    public boolean organizes(CurrentUser user, EventSummary event) {
        return access.organizes(
                user,
                event.allianceId(),
                event.hosts().stream().map(OrganizationLabel::id).toList());
    }

    @Transactional
    public EventSummary create(CurrentUser user, EventDraft draft) {
        return create(user, draft, false);
    }

    /** Creates the event; {@code demo} marks the demo data's events as such. */
    @Transactional
    public EventSummary create(CurrentUser user, EventDraft draft, boolean demo) {
        access.requireOrganizer(user, draft.allianceId(), draft.hosts());
        checks.check(draft);
        Event event = new Event(user.username(), demo, Instant.now());
        event.apply(draft, Instant.now());
        events.saveAndFlush(event);
        registrations.setCapacity(event.id(), Quotas.Scope.EVENT, event.id(), draft.capacity(), "capacity");
        return summaries.of(event);
    }

    /** Changes the event: its organizers, who must also organize what the draft makes it. */
    @Transactional
    public EventSummary update(CurrentUser user, long id, EventDraft draft) {
        Event event = requireEditable(user, id);
        InputCheck.requireVersion(draft.version());
        if (draft.version() != event.version()) {
            throw new ConcurrentEditException("Event", id);
        }
        access.requireOrganizer(user, draft.allianceId(), draft.hosts());
        checks.check(draft);
        event.apply(draft, Instant.now());
        events.saveAndFlush(event);
        registrations.setCapacity(id, Quotas.Scope.EVENT, id, draft.capacity(), "capacity");
        return summaries.of(event);
    }

    /**
     * Puts the broadcast on air, ends it or publishes its recording: the event's organizers. A
     * published recording of an event with hosts is catalogued in the library too (kind RECORDING,
     * owned by the hosts), linking the live page that plays it with the agenda as chapters.
     */
    @Transactional
    public EventSummary broadcast(CurrentUser user, long id, BroadcastDraft draft) {
        Event event = requireEditable(user, id);
        checks.check(draft);
        event.broadcast(draft.state(), draft.recordingUrl());
        if (draft.recordingUrl() != null && !event.hosts().isEmpty()) {
            event.catalogued(library.catalogueRecording(
                    user,
                    new RecordingEntry(
                            LocalizedText.of(event.title()),
                            LocalizedText.of(event.description()),
                            event.language(),
                            event.allianceId(),
                            Set.copyOf(event.hosts()),
                            "/events/" + id + "/live",
                            event.demo()),
                    event.recordingResourceId()));
        }
        return summaries.of(events.saveAndFlush(event));
    }

    @Transactional
    public EventSummary addSession(CurrentUser user, long id, SessionDraft draft) {
        Event event = requireEditable(user, id);
        checks.check(draft, user);
        event.add(draft, Instant.now());
        Event saved = events.saveAndFlush(event);
        // the session as saved (saving copies a new session into the event): the latest one
        long sessionId =
                saved.sessions().stream().mapToLong(EventSession::id).max().orElseThrow();
        registrations.setCapacity(id, Quotas.Scope.SESSION, sessionId, draft.capacity(), "capacity");
        return summaries.of(saved);
    }

    @Transactional
    public EventSummary updateSession(CurrentUser user, long id, long sessionId, SessionDraft draft) {
        Event event = requireEditable(user, id);
        checks.check(draft, user);
        session(event, sessionId).apply(draft, Instant.now());
        events.saveAndFlush(event);
        registrations.setCapacity(id, Quotas.Scope.SESSION, sessionId, draft.capacity(), "capacity");
        return summaries.of(event);
    }

    @Transactional
    public EventSummary removeSession(CurrentUser user, long id, long sessionId) {
        Event event = requireEditable(user, id);
        event.remove(session(event, sessionId), Instant.now());
        events.saveAndFlush(event);
        registrations.forgetSession(id, sessionId);
        return summaries.of(event);
    }

    private Event requireEditable(CurrentUser user, long id) {
        user.requireSignedIn();
        Event event = require(id);
        access.requireOrganizer(user, event.allianceId(), event.hosts());
        return event;
    }

    private static EventSession session(Event event, long sessionId) {
        List<EventSession> sessions = event.sessions();
        return sessions.stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    private Event require(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
    }
}
