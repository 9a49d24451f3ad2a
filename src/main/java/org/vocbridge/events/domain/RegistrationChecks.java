package org.vocbridge.events.domain;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;

/** The checks of a registration as filled in, against its event's rules; every problem at once. */
@Component
@RequiredArgsConstructor
class RegistrationChecks {

    private final JdbcClient jdbc;

    /**
     * How an event takes registrations.
     *
     * @param approval registrations without an invitation code wait for an organizer's approval
     * @param invitationOnly only a delegation's invitation code registers
     * @param offerHours how long a freed place is offered to the first one waiting (null: confirmed at once)
     * @param eventFull whether every place of the event was taken when read (without a lock)
     */
    record Rules(boolean approval, boolean invitationOnly, Integer offerHours, boolean eventFull) {}

    /** The delegation an invitation code names, with its country; both null without a code. */
    record Invitation(Long delegationId, String country) {}

    /**
     * The event's rules and whether it is full, read plainly in one statement: a registration rush
     * reads them on every request.
     */
    Rules rules(long eventId) {
        return jdbc.sql("select e.registration_approval, e.invitation_only, e.offer_hours,"
                        + " (select case when sum(q.taken) >= sum(q.capacity) then 1 else 0 end"
                        + " from events_place_quota q where q.event_id = e.id and q.scope = 'EVENT')"
                        + " from events_event e where e.id = ?")
                .param(eventId)
                .query((rs, n) -> new Rules(
                        rs.getBoolean(1), rs.getBoolean(2), rs.getObject(3, Integer.class), rs.getInt(4) == 1))
                .optional()
                .orElseThrow(() -> new NotFoundException("Event", eventId));
    }

    Invitation check(long eventId, Rules rules, RegistrationDraft d, String idempotencyKey) {
        InputCheck check = new InputCheck();
        check.require("name", d.name());
        check.maxLength("name", d.name(), 200);
        check.require("email", d.email());
        check.maxLength("email", d.email(), 254);
        if (d.email() != null && !d.email().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            check.reject("email", "error.email");
        }
        if (d.country() != null && !d.country().matches("[A-Z]{2}")) {
            check.reject("country", "error.country.unknown", d.country());
        }
        check.require("category", d.category());
        if (d.language() != null && !LocalizedText.isKnownLanguageTag(d.language())) {
            check.reject("language", "error.languageTag", d.language());
        }
        check.maxLength("Idempotency-Key", idempotencyKey, 100);
        Invitation invitation = new Invitation(null, null);
        if (d.invitationCode() != null) {
            invitation = jdbc.sql(
                            "select id, country from events_delegation where event_id = ? and invitation_code = ?")
                    .params(eventId, d.invitationCode())
                    .query((rs, n) -> new Invitation(rs.getLong(1), rs.getString(2)))
                    .optional()
                    .orElse(invitation);
            if (invitation.delegationId() == null) {
                check.reject("invitationCode", "error.registration.invitationCode");
            }
        } else if (rules.invitationOnly()) {
            check.reject("invitationCode", "error.registration.invitationOnly");
        }
        List<Long> sessions = d.sessionIds();
        if (!sessions.isEmpty()) {
            Set<Long> known = Set.copyOf(jdbc.sql("select id from events_session where event_id = ?")
                    .param(eventId)
                    .query(Long.class)
                    .list());
            for (int i = 0; i < sessions.size(); i++) {
                if (!known.contains(sessions.get(i))) {
                    check.reject("sessionIds[" + i + "]", "error.event.session.unknown");
                }
            }
        }
        check.throwIfAny();
        return invitation;
    }
}
