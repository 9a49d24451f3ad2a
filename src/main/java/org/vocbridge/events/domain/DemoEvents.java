package org.vocbridge.events.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventKind;
import org.vocbridge.events.SessionKind;
import org.vocbridge.events.SessionRole;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events named in the seed articles, loaded once after the directory, cooperation and library
 * demos (its agreements are signed in sessions, its exhibition shows resources): the Kunming
 * roundtable of 5 December 2020, the Yangtze Workshop's founding ceremony of 12 December 2023, the
 * western five-province conference of 7–8 November 2024 and the first China–SCO TVET development
 * conference being prepared. Their agendas are set out for the demonstration, marked as such; the
 * Kunming roundtable's broadcast and recording are the demo stream shipped at {@code /live/demo/},
 * and its achievements exhibition has booths of colleges and a district of the seed articles.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    static final String LOAD_NAME = "events-demo-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final CooperationApi cooperation;
    private final Events events;
    private final Delegations delegations;
    private final Booths booths;
    private final LibraryApi library;

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
            Boolean approval,
            Integer offerHours,
            List<DelegationDraft> delegations,
            List<DemoSession> sessions,
            List<DemoBooth> booths) {}

    /** A booth of the exhibition: its organization, resources and agreements by name or title. */
    record DemoBooth(
            String organization,
            Map<String, String> title,
            Map<String, String> description,
            List<String> resources,
            List<String> agreements) {}

    /** A session with its people named as the directory names them and its agreements by title. */
    record DemoSession(
            SessionKind kind,
            Map<String, String> title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String language,
            List<String> interpretation,
            List<String> speakers,
            List<String> moderators,
            List<String> agreements,
            Integer capacity) {

        List<String> people() {
            List<String> all = new ArrayList<>(speakers == null ? List.of() : speakers);
            all.addAll(moderators == null ? List.of() : moderators);
            return all;
        }

        SessionDraft draft(Map<String, Long> people, Map<String, Long> signed) {
            List<SessionDraft.Participant> participants = new ArrayList<>();
            (speakers == null ? List.<String>of() : speakers)
                    .forEach(n -> participants.add(new SessionDraft.Participant(people.get(n), SessionRole.SPEAKER)));
            (moderators == null ? List.<String>of() : moderators)
                    .forEach(n -> participants.add(new SessionDraft.Participant(people.get(n), SessionRole.MODERATOR)));
            return new SessionDraft(
                    kind,
                    title,
                    null,
                    null,
                    null,
                    startsAt,
                    endsAt,
                    language,
                    interpretation,
                    participants,
                    null,
                    (agreements == null ? List.<String>of() : agreements)
                            .stream().map(signed::get).toList(),
                    capacity);
        }
    }

    private static List<DemoBooth> booths(DemoEvent e) {
        return e.booths() == null ? List.of() : e.booths();
    }

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
        Set<String> resourceTitles = new HashSet<>();
        Set<String> titles = new HashSet<>();
        data.events().forEach(e -> booths(e).forEach(b -> {
            names.add(b.organization());
            resourceTitles.addAll(b.resources());
            titles.addAll(b.agreements());
        }));
        Map<String, Long> ids = directory.organizationIdsByName(names);
        Set<String> personNames = new HashSet<>();
        data.events().forEach(e -> e.sessions().forEach(s -> {
            personNames.addAll(s.people());
            titles.addAll(s.agreements() == null ? List.of() : s.agreements());
        }));
        Map<String, Long> people = directory.personIdsByName(personNames);
        Map<String, Long> signed = cooperation.agreementIdsByTitle(titles);
        Map<String, Long> resources = library.resourceIdsByTitle(resourceTitles);
        if (!ids.keySet().containsAll(names)
                || !people.keySet().containsAll(personNames)
                || !signed.keySet().containsAll(titles)
                || !resources.keySet().containsAll(resourceTitles)) {
            log.warn("Events demo data skipped: organizations, people, agreements or resources missing from the demo"
                    + " data");
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
                                    e.approval(),
                                    false,
                                    e.offerHours(),
                                    null),
                            true)
                    .id();
            e.sessions().forEach(s -> events.addSession(LOADER, id, s.draft(people, signed)));
            (e.delegations() == null ? List.<DelegationDraft>of() : e.delegations())
                    .forEach(d -> delegations.create(LOADER, id, d));
            if (e.recordingUrl() != null) {
                events.broadcast(LOADER, id, new BroadcastDraft(null, e.recordingUrl()));
            }
            booths(e)
                    .forEach(b -> booths.create(
                            LOADER,
                            id,
                            new BoothDraft(
                                    ids.get(b.organization()),
                                    b.title(),
                                    b.description(),
                                    b.resources().stream().map(resources::get).toList(),
                                    b.agreements().stream().map(signed::get).toList(),
                                    List.of(),
                                    null)));
        }
    }
}
