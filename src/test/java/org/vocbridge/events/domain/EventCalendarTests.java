package org.vocbridge.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vocbridge.events.BroadcastState;
import org.vocbridge.events.EventKind;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionKind;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.shared.LocalizedText;

class EventCalendarTests {

    @Test
    void foldsEveryLineAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String text = "SUMMARY:" + "职业教育".repeat(20) + "😀".repeat(20) + "abc";
        String folded = EventCalendar.fold(text + "\r\nUID:x\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(line.charAt(0))
                            || Character.isHighSurrogate(line.charAt(line.length() - 1)))
                    .as("a character split between lines")
                    .isFalse();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(text + "\r\nUID:x\r\n");
        assertThat(folded.split("\r\n")[1].getBytes(StandardCharsets.UTF_8).length)
                .as("a continuation line is filled, its leading space counted")
                .isGreaterThanOrEqualTo(72);
    }

    @Test
    void aSessionInARoomOfAnEventWithoutAVenueIsAtTheRoom() {
        LocalDateTime start = LocalDateTime.of(2030, 5, 20, 9, 0);
        SessionSummary session = new SessionSummary(
                7,
                SessionKind.KEYNOTE,
                LocalizedText.of("en", "Keynote"),
                LocalizedText.EMPTY,
                "Hall A",
                null,
                start,
                start.plusHours(1),
                null,
                null,
                "en",
                List.of(),
                0,
                Instant.EPOCH,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        EventSummary event = new EventSummary(
                3,
                0,
                EventKind.WEBINAR,
                LocalizedText.of("en", "Webinar"),
                LocalizedText.EMPTY,
                LocalizedText.EMPTY,
                true,
                null,
                BroadcastState.SCHEDULED,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                "Asia/Almaty",
                start,
                start.plusHours(2),
                null,
                null,
                0,
                Instant.EPOCH,
                null,
                null,
                false,
                false,
                null,
                false,
                List.of(session),
                List.of());
        String calendar = new EventCalendar().of(event, Locale.ENGLISH, "https://vocbridge.example.org/events/3");
        assertThat(calendar).contains("\r\nLOCATION:Hall A\r\n", "\r\nUID:session-7@vocbridge\r\n");
    }

    @Test
    void leavesShortLinesAlone() {
        assertThat(EventCalendar.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }
}
