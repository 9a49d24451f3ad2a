package org.vocbridge.events.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/** Events as their summaries, with the hosts named as the directory names them. */
@Component
@RequiredArgsConstructor
class EventSummaries {

    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;
    private final Quotas quotas;

    List<EventSummary> of(List<Event> events) {
        Map<Long, OrganizationLabel> labels = directory.organizationLabels(
                events.stream().flatMap(e -> e.hosts().stream()).distinct().toList());
        Map<Long, LocalizedText> alliances = new HashMap<>();
        events.stream()
                .map(Event::allianceId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(a -> alliances.put(a, directory.alliance(a).name()));
        List<Long> ids = events.stream().map(Event::id).toList();
        Map<Long, Quotas.Places> places = quotas.places(ids, Quotas.Scope.EVENT);
        Links links = links(
                events.stream().flatMap(e -> e.sessions().stream()).toList(), quotas.places(ids, Quotas.Scope.SESSION));
        return events.stream()
                .map(e -> of(e, labels, alliances, places.get(e.id()), links))
                .toList();
    }

    /** What sessions refer to in other modules, as the public sees it. */
    private record Links(
            Map<Long, PersonLabel> people,
            Map<Long, SessionSummary.Material> materials,
            Map<Long, AgreementLabel> agreements,
            Map<Long, Quotas.Places> places) {}

    private Links links(List<EventSession> sessions, Map<Long, Quotas.Places> places) {
        Map<Long, PersonLabel> people = directory.personLabels(sessions.stream()
                .flatMap(s -> s.people().stream())
                .map(SessionPerson::personId)
                .distinct()
                .toList());
        Map<Long, SessionSummary.Material> materials = new HashMap<>();
        library.resources(
                        sessions.stream()
                                .flatMap(s -> s.materials().stream())
                                .distinct()
                                .toList(),
                        CurrentUser.ANONYMOUS)
                .forEach((id, r) -> materials.put(id, new SessionSummary.Material(id, r.title())));
        Map<Long, AgreementLabel> agreements = cooperation.agreementLabels(
                sessions.stream()
                        .flatMap(s -> s.agreements().stream())
                        .distinct()
                        .toList(),
                CurrentUser.ANONYMOUS);
        return new Links(people, materials, agreements, places);
    }

    EventSummary of(Event event) {
        return of(List.of(event)).get(0);
    }

    private static EventSummary of(
            Event e,
            Map<Long, OrganizationLabel> labels,
            Map<Long, LocalizedText> alliances,
            Quotas.Places places,
            Links links) {
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
                e.broadcastSet(),
                e.recordingUrl(),
                e.recordingResourceId(),
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
                places == null ? null : places.left(),
                e.registrationApproval(),
                e.invitationOnly(),
                e.offerHours(),
                e.demo(),
                e.sessions().stream().map(s -> of(s, zone, links)).toList(),
                e.changes().stream().map(ChangeLogEntry::summary).toList());
    }

    private static SessionSummary of(EventSession s, ZoneId zone, Links links) {
        Quotas.Places places = links.places().get(s.id());
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
                s.revisedAt(),
                s.people().stream()
                        .filter(p -> links.people().containsKey(p.personId()))
                        .map(p -> {
                            PersonLabel person = links.people().get(p.personId());
                            return new SessionSummary.Participant(
                                    p.personId(), p.role(), person.name(), person.position());
                        })
                        .toList(),
                s.materials().stream()
                        .map(links.materials()::get)
                        .filter(Objects::nonNull)
                        .toList(),
                s.agreements().stream()
                        .map(links.agreements()::get)
                        .filter(Objects::nonNull)
                        .toList(),
                places == null ? null : places.capacity(),
                places == null ? null : places.left());
    }

    /** The instant of a local time in the zone, with the zone's rules of today. */
    private static java.time.Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
