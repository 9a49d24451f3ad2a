package org.vocbridge.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveSnapshotsTests {

    private final AtomicLong clock = new AtomicLong(0);
    private final LiveSnapshots<Long, String> snapshots = new LiveSnapshots<>(Duration.ofSeconds(1), clock::get);
    private final List<Long> reads = new ArrayList<>();

    private String read(long eventId) {
        reads.add(eventId);
        return "event " + eventId + ", read " + reads.size();
    }

    @Test
    void anEventIsReadOnceASecondAndEachEventOnItsOwn() {
        String first = snapshots.of(1L, this::read);
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(snapshots.of(1L, this::read)).isSameAs(first);
        assertThat(snapshots.fresh(1L)).isSameAs(first);
        assertThat(snapshots.of(2L, this::read)).isEqualTo("event 2, read 2");
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(snapshots.fresh(1L)).as("past its second").isNull();
        assertThat(snapshots.of(1L, this::read))
                .as("a second after it was read, the page reads the event again")
                .isEqualTo("event 1, read 3");
        assertThat(reads).containsExactly(1L, 2L, 1L);
    }

    @Test
    void withNoTimeToKeepEveryRequestReads() {
        LiveSnapshots<Long, String> always = new LiveSnapshots<>(Duration.ZERO, clock::get);
        always.of(1L, this::read);
        always.of(1L, this::read);
        always.keep(1L, "kept");
        assertThat(always.fresh(1L)).isNull();
        assertThat(reads).containsExactly(1L, 1L);
    }
}
