package org.vocbridge.surveys.domain;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many responses one source may send: a token bucket per client address, refilled at a steady
 * rate with room for a burst. A source over its limit is refused for a moment; every other source
 * goes on as before. Addresses live only in memory, for as long as they send, and are never stored
 * with a response.
 */
@Component
public class SubmissionLimit {

    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    SubmissionLimit(
            @Value("${vocbridge.surveys.submissions-per-minute:120}") double perMinute,
            @Value("${vocbridge.surveys.submission-burst:30}") double burst) {
        this.perSecond = perMinute / 60;
        this.burst = burst;
    }

    /** Too many responses came from one source; try again after the given seconds. */
    public static class TooManySubmissionsException extends RuntimeException {

        private final long retryAfterSeconds;

        TooManySubmissionsException(long retryAfterSeconds) {
            super("Too many submissions; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Takes one submission from the source's allowance, or refuses it. */
    public void take(String source) {
        long now = System.nanoTime();
        if (calls.incrementAndGet() % 10_000 == 0) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(source, s -> new Bucket(burst, now));
        double wait = bucket.take(now, perSecond, burst);
        if (wait > 0) {
            throw new TooManySubmissionsException((long) Math.ceil(wait));
        }
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (now - it.next().last > IDLE_NANOS) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        /** Takes a token; returns 0, or the seconds until one is there. */
        synchronized double take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
