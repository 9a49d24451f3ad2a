package org.vocbridge.events.domain;

import java.util.Collection;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Who organizes an event: admins, the secretariat of its alliance and the editors of its hosts.
 * Events are public; only organizers change them.
 */
@Component
@RequiredArgsConstructor
class EventAccess {

    private final AccountsApi accounts;
    private final EventRepository events;

    boolean canEdit(CurrentUser user, Event event) {
        return organizes(user, event.allianceId(), event.hosts());
    }

    /** Whether the user may organize an event of this alliance and these hosts. */
    boolean organizes(CurrentUser user, Long allianceId, Collection<Long> hosts) {
        if (!user.signedIn()) {
            return false;
        }
        if (user.admin()) {
            return true;
        }
        if (allianceId != null && accounts.holds(user, Role.ALLIANCE_SECRETARIAT, allianceId)) {
            return true;
        }
        return hosts.stream().anyMatch(editorOf(user)::contains);
    }

    /** The organizations the user edits (none when signed out). */
    Set<Long> editorOf(CurrentUser user) {
        return user.signedIn() ? accounts.scopes(user, Role.ORGANIZATION_EDITOR) : Set.of();
    }

    /** Requires the user to organize the event (which must exist). */
    void requireOrganizer(CurrentUser user, long eventId) {
        user.requireSignedIn();
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
        if (!canEdit(user, event)) {
            throw new AccessDeniedException("Not an organizer of the event");
        }
    }

    void requireOrganizer(CurrentUser user, Long allianceId, Collection<Long> hosts) {
        user.requireSignedIn();
        if (!organizes(user, allianceId, hosts)) {
            throw new AccessDeniedException("Not an organizer: the alliance secretariat or a host's editor");
        }
    }
}
