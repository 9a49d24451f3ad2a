package org.vocbridge.events.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What the live page shows, made at most once a second per node: thousands of viewers open the
 * same page when a broadcast starts, and each second's page is the same for all of them. A change
 * (the broadcast going on air, new viewers counted) shows on every node within a second
 * ({@code vocbridge.events.live-snapshot}; 0 makes it anew on every request); nothing kept here is
 * something another node must see, and nothing is written through it.
 *
 * @param <K> what a snapshot is of (an event; a page in a language)
 * @param <V> the snapshot
 */
class LiveSnapshots<K, V> {

    /** Beyond this many keys, snapshots past their second are dropped before another is kept. */
    private static final int TIDY_ABOVE = 1_000;

    private record Kept<V>(V value, long madeAt) {}

    private final Map<K, Kept<V>> snapshots = new ConcurrentHashMap<>();
    private final long freshNanos;
    private final LongSupplier clock;

    LiveSnapshots(Duration fresh) {
        this(fresh, System::nanoTime);
    }

    LiveSnapshots(Duration fresh, LongSupplier clock) {
        this.freshNanos = fresh.toNanos();
        this.clock = clock;
    }

    /** The snapshot of {@code key}, made anew with {@code make} when the one kept is past its second. */
    V of(K key, Function<K, V> make) {
        long now = clock.getAsLong();
        Kept<V> kept = snapshots.get(key);
        if (kept != null && now - kept.madeAt() < freshNanos) {
            return kept.value();
        }
        V fresh = make.apply(key);
        keep(key, fresh, now);
        return fresh;
    }

    /** The snapshot of {@code key} while it is fresh, else null. */
    V fresh(K key) {
        Kept<V> kept = snapshots.get(key);
        return kept != null && clock.getAsLong() - kept.madeAt() < freshNanos ? kept.value() : null;
    }

    /** Keeps a snapshot of {@code key} made now. */
    void keep(K key, V value) {
        keep(key, value, clock.getAsLong());
    }

    private void keep(K key, V value, long madeAt) {
        if (freshNanos <= 0) {
            return;
        }
        if (snapshots.size() > TIDY_ABOVE) {
            snapshots.values().removeIf(s -> madeAt - s.madeAt() >= freshNanos);
        }
        snapshots.put(key, new Kept<>(value, madeAt));
    }
}
