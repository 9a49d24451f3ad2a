package org.vocbridge.events;

import java.time.Instant;

/**
 * A registration for an event. The token is the registrant's own key to it (to read or cancel it),
 * shown only to them and to the event's organizers.
 *
 * @param waitingPosition the place on the waiting list (1 = next), null unless waiting
 */
public record RegistrationSummary(
        long id,
        long eventId,
        String token,
        String name,
        String email,
        String country,
        AttendeeCategory category,
        RegistrationStatus status,
        Integer waitingPosition,
        Instant registeredAt) {}
