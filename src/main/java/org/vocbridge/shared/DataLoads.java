package org.vocbridge.shared;

import java.sql.Timestamp;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a one-off data load (such as a module's demo data) exactly once per database: the load and
 * its marker commit together, so a load that fails half-way is tried again at the next start. Loads
 * run one at a time across all nodes (each first locks the row {@code (lock)}), so two nodes
 * starting together on an empty database do not both load: the second waits, then finds it done.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DataLoads {

    private final JdbcTemplate jdbc;

    public boolean hasRun(String name) {
        Integer count =
                jdbc.queryForObject("select count(*) from shared_data_load where name = ?", Integer.class, name);
        return count != null && count > 0;
    }

    /** Runs the load unless it has run before; returns whether it ran now. */
    @Transactional
    public boolean runOnce(String name, Runnable load) {
        jdbc.queryForList("select name from shared_data_load where name = '(lock)' for update");
        if (hasRun(name)) {
            return false;
        }
        jdbc.update(
                "insert into shared_data_load (name, loaded_at) values (?, ?)", name, Timestamp.from(Instant.now()));
        load.run();
        return true;
    }
}
