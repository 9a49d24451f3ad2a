package org.vocbridge.events.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventKind;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events named in the seed articles, loaded once after the directory demo: the Kunming
 * roundtable of 5 December 2020, the Yangtze Workshop's founding ceremony of 12 December 2023, the
 * western five-province conference of 7–8 November 2024 and the first China–SCO TVET development
 * conference being prepared. Their agendas are set out for the demonstration, marked as such; the
 * Kunming roundtable's broadcast and recording are the demo stream shipped at {@code /live/demo/}.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    static final String LOAD_NAME = "events-demo-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final Events events;

    record DemoData(List<DemoEvent> events) {}

    record DemoEvent(
            EventKind kind,
            Map<String, String> title,
            Map<String, String> description,
            Map<String, String> venue,
            boolean online,
            String streamUrl,
            String recordingUrl,
            String alliance,
            List<String> hosts,
            String zone,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity,
            List<SessionDraft> sessions) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the events demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/events.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        data.events().forEach(e -> names.addAll(e.hosts()));
        Map<String, Long> ids = directory.organizationIdsByName(names);
        if (!ids.keySet().containsAll(names)) {
            log.warn("Events demo data skipped: organizations missing from the directory");
            return;
        }
        for (DemoEvent e : data.events()) {
            Long allianceId = e.alliance() == null
                    ? null
                    : directory.alliances(Locale.ENGLISH).stream()
                            .filter(a -> e.alliance().equals(a.name().in(Locale.ENGLISH)))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("No demo alliance " + e.alliance()))
                            .id();
            long id = events.create(
                            LOADER,
                            new EventDraft(
                                    e.kind(),
                                    e.title(),
                                    e.description(),
                                    e.venue(),
                                    e.online(),
                                    e.streamUrl(),
                                    allianceId,
                                    e.hosts().stream().map(ids::get).toList(),
                                    e.zone(),
                                    e.startsAt(),
                                    e.endsAt(),
                                    e.capacity(),
                                    null),
                            true)
                    .id();
            e.sessions().forEach(s -> events.addSession(LOADER, id, s));
            if (e.recordingUrl() != null) {
                events.broadcast(LOADER, id, new BroadcastDraft(null, e.recordingUrl()));
            }
        }
    }
}
