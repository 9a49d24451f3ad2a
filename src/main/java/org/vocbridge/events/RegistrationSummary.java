package org.vocbridge.events;

import java.time.Instant;

/**
 * A registration for an event. The token is the registrant's own key to it (to read or cancel it),
 * shown only to them and to the event's organizers.
 *
 * @param language the language of the registrant's badge and messages (BCP 47)
 * @param delegationId the delegation whose invitation code it was made with, if any
 * @param waitingPosition the place on the waiting list (1 = next) when among the first 500 waiting
 *     (to the event's organizers always); null further back, and unless waiting
 * @param offerExpiresAt until when an offered place is held, null unless offered
 */
public record RegistrationSummary(
        long id,
        long eventId,
        String token,
        String name,
        String email,
        String country,
        AttendeeCategory category,
        String language,
        Long delegationId,
        RegistrationStatus status,
        Integer waitingPosition,
        Instant offerExpiresAt,
        Instant registeredAt) {}
