package org.vocbridge.events.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.domain.Chapters;

/**
 * What the live page shows of an event, read once a second per node: thousands of viewers open the
 * same page when a broadcast starts, and each second's page is the same for all of them. A change
 * (the broadcast going on air, new viewers counted) shows on every node within a second; nothing
 * kept here is something another node must see, and nothing is written through it.
 */
@Component
class LiveSnapshots {

    /** Beyond this many events, snapshots past their second are dropped before another is kept. */
    private static final int TIDY_ABOVE = 1_000;

    record Snapshot(
            EventSummary event,
            List<Chapters.Chapter> chapters,
            Map<String, Long> viewers,
            Long libraryRecord,
            long readAt) {}

    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final long freshNanos;
    private final LongSupplier clock;

    @Autowired
    LiveSnapshots(@Value("${vocbridge.events.live-snapshot:1s}") Duration fresh) {
        this(fresh, System::nanoTime);
    }

    LiveSnapshots(Duration fresh, LongSupplier clock) {
        this.freshNanos = fresh.toNanos();
        this.clock = clock;
    }

    /**
     * The event's snapshot, read anew with {@code read} when the one kept is older than a second
     * ({@code vocbridge.events.live-snapshot}; 0 reads on every request).
     */
    Snapshot of(long eventId, LongFunction<Snapshot> read) {
        long now = clock.getAsLong();
        Snapshot kept = snapshots.get(eventId);
        if (kept != null && now - kept.readAt() < freshNanos) {
            return kept;
        }
        Snapshot fresh = read.apply(eventId);
        if (snapshots.size() > TIDY_ABOVE) {
            snapshots.values().removeIf(s -> now - s.readAt() >= freshNanos);
        }
        snapshots.put(eventId, fresh);
        return fresh;
    }

    /** The current reading of the clock snapshots are timed by. */
    long now() {
        return clock.getAsLong();
    }
}
