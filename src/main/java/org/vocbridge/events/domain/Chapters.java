package org.vocbridge.events.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;

/**
 * The agenda as chapters of the event's recording, which starts when the event does: each session
 * from its offset in the recording. Parallel sessions overlap, as they did on the day.
 */
public final class Chapters {

    /** A session at its offsets in the recording. */
    public record Chapter(SessionSummary session, Duration start, Duration end) {

        /** Where the chapter starts, in whole seconds (a player's currentTime). */
        public long startSeconds() {
            return start.toSeconds();
        }

        /** Where the chapter starts, as a player shows it: 1:05:00. */
        public String startLabel() {
            return String.format(
                    Locale.ROOT, "%d:%02d:%02d", start.toHours(), start.toMinutesPart(), start.toSecondsPart());
        }
    }

    private Chapters() {}

    /** The chapters of the event's recording, in agenda order; none while its dates are to be announced. */
    public static List<Chapter> of(EventSummary event) {
        Instant origin = event.startsUtc();
        if (origin == null) {
            return List.of();
        }
        return event.sessions().stream()
                .filter(s -> !s.startsUtc().isBefore(origin))
                .map(s ->
                        new Chapter(s, Duration.between(origin, s.startsUtc()), Duration.between(origin, s.endsUtc())))
                .toList();
    }

    /** The chapters as a WebVTT chapters track, titles in the reader's language. */
    public static String webVtt(EventSummary event, Locale reader) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Chapter c : of(event)) {
            vtt.append('\n')
                    .append("session-")
                    .append(c.session().id())
                    .append('\n')
                    .append(timestamp(c.start()))
                    .append(" --> ")
                    .append(timestamp(c.end()))
                    .append('\n')
                    // cue text is markup that ends at a blank line: one line, with &, < and > escaped
                    .append(c.session()
                            .title()
                            .in(reader)
                            .replaceAll("\\s+", " ")
                            .replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace(">", "&gt;"))
                    .append('\n');
        }
        return vtt.toString();
    }

    private static String timestamp(Duration d) {
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d.%03d",
                d.toHours(),
                d.toMinutesPart(),
                d.toSecondsPart(),
                d.toMillisPart());
    }
}
