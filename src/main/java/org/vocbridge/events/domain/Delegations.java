package org.vocbridge.events.domain;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The delegations to an event, each with its own quota and invitation code: written and read by the
 * event's organizers, who hand each code to its delegation.
 */
@Service
@RequiredArgsConstructor
public class Delegations {

    /** Letters and digits nobody mistakes for one another when reading a code aloud. */
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DelegationRepository delegations;
    private final EventAccess access;
    private final Registrations registrations;
    private final Quotas quotas;
    private final DirectoryApi directory;
    private final JdbcClient jdbc;

    /**
     * A delegation with its places and code.
     *
     * @param quota its places (null: no limit of its own)
     * @param placesLeft its places not yet held, null without a quota
     * @param registered its members' registrations that hold a place (confirmed or offered)
     */
    public record DelegationSummary(
            long id,
            long eventId,
            LocalizedText name,
            String country,
            Long organizationId,
            String invitationCode,
            Integer quota,
            Integer placesLeft,
            int registered) {}

    @Transactional(readOnly = true)
    public List<DelegationSummary> list(CurrentUser user, long eventId) {
        access.requireOrganizer(user, eventId);
        Map<Long, Quotas.Places> places = quotas.places(List.of(eventId), Quotas.Scope.DELEGATION);
        Map<Long, Integer> registered = new HashMap<>();
        jdbc.sql(
                        "select delegation_id, count(*) from events_registration where event_id = ?"
                                + " and delegation_id is not null and status in ('CONFIRMED', 'OFFERED') group by delegation_id")
                .param(eventId)
                .query(rs -> {
                    registered.put(rs.getLong(1), rs.getInt(2));
                });
        return delegations.findByEventIdOrderById(eventId).stream()
                .map(d -> summary(d, places.get(d.id()), registered.getOrDefault(d.id(), 0)))
                .toList();
    }

    @Transactional
    public DelegationSummary create(CurrentUser user, long eventId, DelegationDraft draft) {
        access.requireOrganizer(user, eventId);
        check(draft);
        Delegation delegation = new Delegation(eventId, newCode());
        delegation.apply(draft);
        delegations.saveAndFlush(delegation);
        registrations.setCapacity(eventId, Quotas.Scope.DELEGATION, delegation.id(), draft.quota(), "quota");
        return one(user, eventId, delegation.id());
    }

    @Transactional
    public DelegationSummary update(CurrentUser user, long eventId, long delegationId, DelegationDraft draft) {
        access.requireOrganizer(user, eventId);
        Delegation delegation = delegations
                .findById(delegationId)
                .filter(d -> d.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Delegation", delegationId));
        check(draft);
        delegation.apply(draft);
        delegations.saveAndFlush(delegation);
        registrations.setCapacity(eventId, Quotas.Scope.DELEGATION, delegationId, draft.quota(), "quota");
        return one(user, eventId, delegationId);
    }

    private DelegationSummary one(CurrentUser user, long eventId, long delegationId) {
        return list(user, eventId).stream()
                .filter(d -> d.id() == delegationId)
                .findFirst()
                .orElseThrow();
    }

    private void check(DelegationDraft d) {
        InputCheck check = new InputCheck();
        check.requireText("name", d.name());
        check.localized("name", d.name(), EventChecks.TITLE_MAX);
        if (d.country() != null && !d.country().matches("[A-Z]{2}")) {
            check.reject("country", "error.country.unknown", d.country());
        }
        if (d.organizationId() != null
                && directory.organizationLabels(List.of(d.organizationId())).isEmpty()) {
            check.reject("organizationId", "error.organization.unknown");
        }
        if (d.quota() != null && (d.quota() < 1 || d.quota() > 1_000_000)) {
            check.reject("quota", "error.event.capacity");
        }
        check.throwIfAny();
    }

    private static DelegationSummary summary(Delegation d, Quotas.Places places, int registered) {
        return new DelegationSummary(
                d.id(),
                d.eventId(),
                LocalizedText.of(d.name()),
                d.country(),
                d.organizationId(),
                d.invitationCode(),
                places == null ? null : places.capacity(),
                places == null ? null : places.left(),
                registered);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
