package org.vocbridge.events.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live page's snapshots: what it shows of an event, and the whole page as anonymous viewers get it. */
@Configuration
class LiveSnapshotsConfig {

    @Bean
    LiveSnapshots<Long, EventPages.LiveData> liveDataSnapshots(
            @Value("${vocbridge.events.live-snapshot:1s}") Duration fresh) {
        return new LiveSnapshots<>(fresh);
    }

    @Bean
    LiveSnapshots<String, LivePages.Page> livePageSnapshots(
            @Value("${vocbridge.events.live-snapshot:1s}") Duration fresh) {
        return new LiveSnapshots<>(fresh);
    }
}
