package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vocbridge.shared.DataLoads;

/**
 * Two nodes starting together on an empty database (two threads, each with its own connection):
 * the one that comes second waits for the first's load to commit and then finds it done, instead
 * of loading again or failing.
 */
class DataLoadsIT extends IntegrationTest {

    @Autowired
    DataLoads loads;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLoadStartedOnTwoNodesAtOnceRunsOnceAndNeitherFails() throws Exception {
        String name = "two-nodes-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = nodes.submit(() -> loads.runOnce(name, () -> {
                runs.incrementAndGet();
                loading.countDown();
                try {
                    finish.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(loading.await(60, TimeUnit.SECONDS)).isTrue();
            int waitingBefore = sessionsWaitingOnALock();
            Future<Boolean> second = nodes.submit(() -> loads.runOnce(name, runs::incrementAndGet));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (sessionsWaitingOnALock() <= waitingBefore && !second.isDone()) {
                assertThat(Instant.now())
                        .as("the second node waits on the lock")
                        .isBefore(deadline);
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
            assertThat(second.isDone())
                    .as("the second node waits while the first loads")
                    .isFalse();
            finish.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(60, TimeUnit.SECONDS)).isFalse();
            assertThat(runs).hasValue(1);
            assertThat(loads.hasRun(name)).isTrue();
        } finally {
            finish.countDown();
            nodes.shutdownNow();
        }
    }

    /** Database sessions now waiting for a lock another holds. */
    private int sessionsWaitingOnALock() {
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(sql, Integer.class);
    }
}
