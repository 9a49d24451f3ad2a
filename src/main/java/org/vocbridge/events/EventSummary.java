package org.vocbridge.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.LocalizedText;

/**
 * An event with its agenda. {@code startsAt} and {@code endsAt} are local to {@code zone} (an IANA
 * zone id) and null while the dates are to be announced; the instants are derived from them.
 *
 * @param streamUrl the live stream's address (HLS) when the event is broadcast: any https origin, or
 *     a path of the platform's own HLS origin ({@code /live/…})
 * @param broadcast where the broadcast stands now
 * @param broadcastSet whether its organizers said where the broadcast stands (otherwise it follows
 *     the event's dates)
 * @param recordingUrl the recording's address (HLS or MP4) once published
 * @param recordingResourceId the library resource (kind RECORDING) that catalogues the recording
 * @param sequence raised on every change of its dates or place (iCalendar SEQUENCE)
 * @param capacity the places registration confirms, null when unlimited
 * @param placesLeft the places not yet confirmed, null when unlimited
 * @param approval registrations without a delegation's invitation code wait for an organizer's approval
 * @param invitationOnly only a delegation's invitation code registers
 * @param offerHours how long a freed place is offered to the first one waiting (null: confirmed at once)
 * @param revisedAt when its dates or place last changed (iCalendar DTSTAMP)
 * @param changes the public change log of its schedule, the latest first
 */
public record EventSummary(
        long id,
        long version,
        EventKind kind,
        LocalizedText title,
        LocalizedText description,
        LocalizedText venue,
        boolean online,
        String streamUrl,
        BroadcastState broadcast,
        boolean broadcastSet,
        String recordingUrl,
        Long recordingResourceId,
        Long allianceId,
        LocalizedText allianceName,
        List<OrganizationLabel> hosts,
        String zone,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Instant startsUtc,
        Instant endsUtc,
        int sequence,
        Instant revisedAt,
        Integer capacity,
        Integer placesLeft,
        boolean approval,
        boolean invitationOnly,
        Integer offerHours,
        boolean demo,
        List<SessionSummary> sessions,
        List<AgendaChange> changes) {}
