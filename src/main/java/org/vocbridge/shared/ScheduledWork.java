package org.vocbridge.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs on one node of a cluster at a time. Every {@code @Scheduled} method also
 * carries a {@code @SchedulerLock}: before a run, the node takes the work's row in {@code shedlock}
 * (ShedLock's JDBC lock), by the database's clock so that the nodes' clocks need not agree; a node
 * that finds it taken skips the run. A run keeps the lock for at least its {@code lockAtLeastFor},
 * so that the other nodes' schedules, which tick on their own, skip the same round; a node that dies
 * during a run holds it no longer than {@code lockAtMostFor}.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledWork {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
