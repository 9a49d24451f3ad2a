package org.vocbridge.events.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.shared.LocalizedText;

/** Events as their summaries, with the hosts named as the directory names them. */
@Component
@RequiredArgsConstructor
class EventSummaries {

    private final DirectoryApi directory;
    private final Registrations registrations;

    List<EventSummary> of(List<Event> events) {
        Map<Long, OrganizationLabel> labels = directory.organizationLabels(
                events.stream().flatMap(e -> e.hosts().stream()).distinct().toList());
        Map<Long, LocalizedText> alliances = new HashMap<>();
        events.stream()
                .map(Event::allianceId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(a -> alliances.put(a, directory.alliance(a).name()));
        Map<Long, Registrations.Places> places =
                registrations.places(events.stream().map(Event::id).toList());
        return events.stream()
                .map(e -> of(e, labels, alliances, places.get(e.id())))
                .toList();
    }

    EventSummary of(Event event) {
        return of(List.of(event)).get(0);
    }

    private static EventSummary of(
            Event e,
            Map<Long, OrganizationLabel> labels,
            Map<Long, LocalizedText> alliances,
            Registrations.Places places) {
        ZoneId zone = e.zoneId();
        return new EventSummary(
                e.id(),
                e.version(),
                e.kind(),
                LocalizedText.of(e.title()),
                LocalizedText.of(e.description()),
                LocalizedText.of(e.venue()),
                e.online(),
                e.streamUrl(),
                e.broadcastAt(java.time.Instant.now()),
                e.recordingUrl(),
                e.allianceId(),
                e.allianceId() == null ? null : alliances.get(e.allianceId()),
                e.hosts().stream().map(labels::get).filter(Objects::nonNull).toList(),
                e.zone(),
                e.startsAt(),
                e.endsAt(),
                instant(e.startsAt(), zone),
                instant(e.endsAt(), zone),
                e.sequence(),
                e.revisedAt(),
                places == null ? null : places.capacity(),
                places == null ? null : places.capacity() - places.taken(),
                e.demo(),
                e.sessions().stream().map(s -> of(s, zone)).toList());
    }

    private static SessionSummary of(EventSession s, ZoneId zone) {
        return new SessionSummary(
                s.id(),
                s.kind(),
                LocalizedText.of(s.title()),
                LocalizedText.of(s.description()),
                s.room(),
                s.track(),
                s.startsAt(),
                s.endsAt(),
                instant(s.startsAt(), zone),
                instant(s.endsAt(), zone),
                s.language(),
                List.copyOf(s.interpretation()),
                s.sequence(),
                s.revisedAt());
    }

    /** The instant of a local time in the zone, with the zone's rules of today. */
    private static java.time.Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
