package org.vocbridge.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.vocbridge.shared.LocalizedText;

/**
 * A published change of an event's schedule, kept for everyone to read: a session moved (time or
 * room) or removed, or the event's dates moved. Times are local to the event's zone.
 *
 * @param sessionId the session, null for the event's own dates
 * @param title the session's (or event's) title when it changed
 */
public record AgendaChange(
        Instant at,
        Kind kind,
        Long sessionId,
        LocalizedText title,
        LocalDateTime fromStarts,
        LocalDateTime fromEnds,
        String fromRoom,
        LocalDateTime toStarts,
        LocalDateTime toEnds,
        String toRoom) {

    public enum Kind {
        SESSION_MOVED,
        SESSION_REMOVED,
        EVENT_MOVED
    }

    /** Where and when it was, as a page shows it: 2024-03-05 10:00–11:00, Hall A; null when to be announced. */
    public String from() {
        return span(fromStarts, fromEnds, fromRoom);
    }

    /** Where and when it is now, as a page shows it; null when to be announced or removed. */
    public String to() {
        return span(toStarts, toEnds, toRoom);
    }

    private static String span(LocalDateTime starts, LocalDateTime ends, String room) {
        if (starts == null) {
            return null;
        }
        String text = starts.format(DAY_TIME)
                + (ends == null
                        ? ""
                        : ends.toLocalDate().equals(starts.toLocalDate())
                                ? "–" + ends.format(TIME)
                                : " – " + ends.format(DAY_TIME));
        return room == null ? text : text + ", " + room;
    }

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
}
