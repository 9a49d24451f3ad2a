package org.vocbridge.events;

import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/** A session of an event's agenda where something is handed over (an award ceremony), for the records that point to it. */
public record CeremonySession(
        long eventId, long sessionId, LocalizedText eventTitle, LocalizedText sessionTitle, Instant startsUtc) {}
