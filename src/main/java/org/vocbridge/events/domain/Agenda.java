package org.vocbridge.events.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;

/**
 * An event's agenda as one reader sees it: the sessions by day in the zone shown (the event's, or
 * the reader's own), each with its times there and, when the zones differ, in the event's zone. A
 * session that starts after midnight in the reader's zone is on that later day.
 *
 * @param zone the zone shown
 * @param eventZone the event's zone
 */
public record Agenda(ZoneId zone, ZoneId eventZone, List<Day> days) {

    /** One day in the zone shown. */
    public record Day(LocalDate date, List<Slot> slots) {

        /** The date written out in the reader's language. */
        public String label(Locale reader) {
            return date.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(reader));
        }
    }

    /**
     * A session at its times in the zone shown ({@code starts}, {@code ends}) and in the event's
     * zone ({@code localStarts}).
     */
    public record Slot(SessionSummary session, ZonedDateTime starts, ZonedDateTime ends, ZonedDateTime localStarts) {

        public ZoneOffset offset() {
            return starts.getOffset();
        }
    }

    /** Whether the zone shown is not the event's. */
    public boolean converted() {
        return !zone.equals(eventZone);
    }

    public static Agenda of(EventSummary event, ZoneId shown) {
        ZoneId eventZone = ZoneId.of(event.zone());
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        event.sessions().stream()
                .sorted(java.util.Comparator.comparing(SessionSummary::startsUtc))
                .forEach(s -> {
                    ZonedDateTime localStarts = s.startsAt().atZone(eventZone);
                    ZonedDateTime starts = localStarts.withZoneSameInstant(shown);
                    ZonedDateTime ends = s.endsAt().atZone(eventZone).withZoneSameInstant(shown);
                    days.computeIfAbsent(starts.toLocalDate(), d -> new ArrayList<>())
                            .add(new Slot(s, starts, ends, localStarts));
                });
        return new Agenda(
                shown,
                eventZone,
                days.entrySet().stream()
                        .map(e -> new Day(e.getKey(), e.getValue()))
                        .toList());
    }
}
