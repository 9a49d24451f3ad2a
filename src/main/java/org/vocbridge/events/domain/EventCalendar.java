package org.vocbridge.events.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.shared.LocalizedText;

/**
 * An event's agenda as iCalendar (RFC 5545), made with ical4j: one VEVENT per session (the event
 * itself while it has none), a stable UID each, DTSTAMP the last change of time or place and
 * SEQUENCE the number of such changes, times as the local time of the event's zone with its TZID
 * and a VTIMEZONE for it, RFC 7986 CONFERENCE for the stream and REFRESH-INTERVAL, every text in
 * the reader's language. No METHOD: a feed to subscribe to is not an iTIP message (PUBLISH would
 * require an ORGANIZER). Lines are folded at 75 octets without splitting a character: ical4j folds
 * by characters, which makes a line of Chinese text three times too long.
 */
@Component
public class EventCalendar {

    static final int LINE_OCTETS = 75;
    private static final Duration REFRESH = Duration.ofHours(6);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The calendar of the event, with links to its page under {@code pageUrl}. */
    public String of(EventSummary event, Locale reader, String pageUrl) {
        return of(event, null, reader, pageUrl);
    }

    /**
     * The calendar of some of the event's sessions ({@code sessionIds}; null or none: all of them),
     * as a session's own feed or a personal agenda.
     */
    public String of(EventSummary event, Collection<Long> sessionIds, Locale reader, String pageUrl) {
        List<SessionSummary> sessions = sessionIds == null || sessionIds.isEmpty()
                ? event.sessions()
                : event.sessions().stream()
                        .filter(s -> sessionIds.contains(s.id()))
                        .toList();
        Calendar calendar = new Calendar()
                .withProdId("-//VocBridge//Events//EN")
                .withDefaults()
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .getFluentTarget();
        if (sessions.isEmpty() && event.startsAt() != null) {
            calendar.add(vevent(
                    "event-" + event.id(),
                    event.title(),
                    event.description(),
                    event.venue().in(reader),
                    event.zone(),
                    event.startsAt(),
                    event.endsAt(),
                    event.sequence(),
                    event.revisedAt(),
                    event,
                    reader,
                    pageUrl));
        }
        for (SessionSummary s : sessions) {
            String venue = event.venue().in(reader);
            String place = s.room() == null ? venue : venue.isBlank() ? s.room() : s.room() + ", " + venue;
            calendar.add(vevent(
                    "session-" + s.id(),
                    s.title(),
                    s.description(),
                    place,
                    event.zone(),
                    s.startsAt(),
                    s.endsAt(),
                    s.sequence(),
                    s.revisedAt(),
                    event,
                    reader,
                    pageUrl));
        }
        if (!calendar.getComponents().isEmpty()) {
            // every VEVENT is in the event's zone
            calendar.add(zones.getTimeZone(event.zone()).getVTimeZone());
        }
        StringWriter out = new StringWriter();
        try {
            // unfolded here: folded by octets below
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("An invalid calendar for event " + event.id(), e);
        }
        return fold(out.toString());
    }

    private static VEvent vevent(
            String uid,
            LocalizedText title,
            LocalizedText description,
            String place,
            String zone,
            LocalDateTime starts,
            LocalDateTime ends,
            int sequence,
            Instant revised,
            EventSummary event,
            Locale reader,
            String pageUrl) {
        VEvent vevent = new VEvent(false);
        ParameterList inZone = new ParameterList(List.of(new TzId(zone)));
        vevent.add(new Uid(uid + "@vocbridge"));
        vevent.add(new DtStamp(revised));
        vevent.add(new DtStart<>(inZone, starts));
        vevent.add(new DtEnd<>(inZone, ends));
        vevent.add(new Sequence(sequence));
        vevent.add(new Summary(title.in(reader)));
        if (!description.isEmpty()) {
            vevent.add(new Description(description.in(reader)));
        }
        if (place != null && !place.isBlank()) {
            vevent.add(new Location(place));
        }
        vevent.add(new Url(java.net.URI.create(pageUrl)));
        if (event.streamUrl() != null) {
            vevent.add(new Conference(new ParameterList(List.of(Value.URI)), event.streamUrl()));
        }
        return vevent;
    }

    /**
     * Folds each line (RFC 5545 §3.1) into lines of at most {@value #LINE_OCTETS} octets of UTF-8,
     * each continuation starting with a space, never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
