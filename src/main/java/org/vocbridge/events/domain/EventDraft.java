package org.vocbridge.events.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vocbridge.events.EventKind;

/**
 * An event as written by its organizers (JSON and page form alike). Dates are local to
 * {@code zone}, an IANA zone id such as {@code Asia/Almaty}; both null while to be announced.
 *
 * @param hosts the organizations that host it, from the directory
 * @param capacity how many places registration confirms (null: no limit)
 * @param approval registrations without a delegation's invitation code wait for an organizer's approval
 * @param invitationOnly only a delegation's invitation code registers
 * @param offerHours how long a place freed is offered to the first one waiting before it goes to the
 *     next (null: the first one waiting is confirmed at once)
 * @param version the version read, for edits; a stale one is refused
 */
public record EventDraft(
        EventKind kind,
        Map<String, String> title,
        Map<String, String> description,
        Map<String, String> venue,
        Boolean online,
        String streamUrl,
        Long allianceId,
        List<Long> hosts,
        String zone,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity,
        Boolean approval,
        Boolean invitationOnly,
        Integer offerHours,
        Long version) {

    public EventDraft {
        description = description == null ? Map.of() : description;
        venue = venue == null ? Map.of() : venue;
        online = Boolean.TRUE.equals(online);
        approval = Boolean.TRUE.equals(approval);
        invitationOnly = Boolean.TRUE.equals(invitationOnly);
        streamUrl = streamUrl == null || streamUrl.isBlank() ? null : streamUrl.strip();
        hosts = hosts == null
                ? List.of()
                : hosts.stream().filter(Objects::nonNull).distinct().toList();
        zone = zone == null || zone.isBlank() ? null : zone.strip();
    }
}
