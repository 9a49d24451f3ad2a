package org.vocbridge.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.shared.LocalizedText;

/**
 * A session of an event's agenda. Its times are local to the event's zone; the instants are derived
 * from them with the zone's current rules.
 *
 * @param language the language it is held in (BCP 47)
 * @param interpretation the languages it is interpreted into
 * @param sequence raised on every change of its time or place (iCalendar SEQUENCE)
 * @param revisedAt when its time or place last changed (iCalendar DTSTAMP)
 * @param people its speakers and moderators
 * @param materials the public library resources for it
 * @param agreements the public agreements signed in it
 * @param capacity its places, taken at registration; null when it has no limit of its own
 * @param placesLeft its places not yet held, null when it has no limit of its own
 */
public record SessionSummary(
        long id,
        SessionKind kind,
        LocalizedText title,
        LocalizedText description,
        String room,
        String track,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Instant startsUtc,
        Instant endsUtc,
        String language,
        List<String> interpretation,
        int sequence,
        Instant revisedAt,
        List<Participant> people,
        List<Material> materials,
        List<AgreementLabel> agreements,
        Integer capacity,
        Integer placesLeft) {

    /** A person of the directory in a role. */
    public record Participant(long personId, SessionRole role, LocalizedText name, LocalizedText position) {}

    /** A library resource for the session. */
    public record Material(long resourceId, LocalizedText title) {}
}
