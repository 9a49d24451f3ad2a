package org.vocbridge.events;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.events.domain.Events;

/** What other modules ask of the events: the ceremony sessions their records point to. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventsApi {

    private final Events events;

    /** The session, if it exists and is an award ceremony. */
    public Optional<CeremonySession> awardCeremony(long sessionId) {
        return events.session(sessionId, SessionKind.AWARD_CEREMONY);
    }

    /** The award ceremonies of every event, the latest first: the choices of an award call's ceremony. */
    public List<CeremonySession> awardCeremonies() {
        return events.sessions(SessionKind.AWARD_CEREMONY);
    }
}
