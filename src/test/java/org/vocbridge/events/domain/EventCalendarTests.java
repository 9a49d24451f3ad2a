package org.vocbridge.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
    void leavesShortLinesAlone() {
        assertThat(EventCalendar.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }
}
