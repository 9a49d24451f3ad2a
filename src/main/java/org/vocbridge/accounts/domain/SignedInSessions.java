package org.vocbridge.accounts.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.security.CurrentUser;

/**
 * A user's web sessions, as the database keeps them for every node: listed on the account page and
 * ended at once when the user is disabled, changes their password (all but the one in use) or has
 * it reset by an admin.
 */
@Component
@RequiredArgsConstructor
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    /** One of the user's sessions; {@code current} marks the one the request came with. */
    public record SessionSummary(String id, Instant signedInAt, Instant lastActiveAt, boolean current) {}

    public List<SessionSummary> of(CurrentUser owner, String currentSessionId) {
        owner.requireSignedIn();
        return sessions.findByPrincipalName(owner.username()).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new SessionSummary(
                        s.getId(),
                        s.getCreationTime(),
                        s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionSummary::lastActiveAt).reversed())
                .toList();
    }

    /** Ends every session of the user but {@code keepSessionId} (null: all of them); returns how many. */
    public int end(String username, String keepSessionId) {
        List<String> ids = sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .toList();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
