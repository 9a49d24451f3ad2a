package org.vocbridge.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/**
 * A session of an event's agenda. Its times are local to the event's zone; the instants are derived
 * from them with the zone's current rules.
 *
 * @param language the language it is held in (BCP 47)
 * @param interpretation the languages it is interpreted into
 * @param sequence raised on every change of its time or place (iCalendar SEQUENCE)
 * @param revisedAt when its time or place last changed (iCalendar DTSTAMP)
 */
public record SessionSummary(
        long id,
        SessionKind kind,
        LocalizedText title,
        LocalizedText description,
        String room,
        String track,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Instant startsUtc,
        Instant endsUtc,
        String language,
        List<String> interpretation,
        int sequence,
        Instant revisedAt) {}
