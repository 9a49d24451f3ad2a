package org.vocbridge.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveSnapshotsTests {

    private final AtomicLong clock = new AtomicLong(0);
    private final LiveSnapshots snapshots = new LiveSnapshots(Duration.ofSeconds(1), clock::get);
    private final List<Long> reads = new ArrayList<>();

    private LiveSnapshots.Snapshot read(long eventId) {
        reads.add(eventId);
        return new LiveSnapshots.Snapshot(null, List.of(), Map.of("KZ", (long) reads.size()), null, clock.get());
    }

    @Test
    void anEventIsReadOnceASecondAndEachEventOnItsOwn() {
        LiveSnapshots.Snapshot first = snapshots.of(1, this::read);
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(snapshots.of(1, this::read)).isSameAs(first);
        assertThat(snapshots.of(2, this::read).viewers()).containsEntry("KZ", 2L);
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(snapshots.of(1, this::read).viewers())
                .as("a second after it was read, the page reads the event again")
                .containsEntry("KZ", 3L);
        assertThat(reads).containsExactly(1L, 2L, 1L);
    }

    @Test
    void withNoTimeToKeepEveryRequestReads() {
        LiveSnapshots always = new LiveSnapshots(Duration.ZERO, clock::get);
        always.of(1, this::read);
        always.of(1, this::read);
        assertThat(reads).containsExactly(1L, 1L);
    }
}
