package org.vocbridge.matching.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.matching.ContactStatus;
import org.vocbridge.matching.ContactSummary;
import org.vocbridge.matching.DeclineReason;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * From suggestion to cooperation: one side's editor contacts the other about a match with a message
 * through the platform; the other side's editors accept, or decline with a reason; both write
 * messages meanwhile. Only the two organizations' editors (and admins) read a contact, checked on
 * every read and write; the e-mail addresses of the person who made it and the one who accepted it
 * are shown to both only once accepted.
 */
@Service
@RequiredArgsConstructor
public class Contacts {

    static final int MAX_MESSAGE = 4000;

    private final ContactRepository contacts;
    private final Demands demands;
    private final Offers offers;
    private final Matches matches;
    private final PostingChecks checks;
    private final AccountsApi accounts;
    private final JdbcClient jdbc;

    /** Makes contact from one side of a match, with a first message. */
    @Transactional
    public ContactSummary contact(CurrentUser user, long demandId, long offerId, MatchSide side, String message) {
        Demand demand = demands.require(demandId);
        Offer offer = offers.require(offerId);
        if (side == null) {
            new InputCheck().reject("side", "error.required").throwIfAny();
        }
        checks.requireEditor(user, side == MatchSide.DEMAND ? demand.organizationId() : offer.organizationId());
        InputCheck check = message("message", message);
        if (!demand.open() || !offer.open()) {
            check.reject(demand.open() ? "offerId" : "demandId", "error.contact.closed");
        }
        if (contacts.findByDemandIdAndOfferId(demandId, offerId).isPresent()) {
            check.reject("offerId", "error.contact.exists");
        }
        check.throwIfAny();
        Instant now = Instant.now();
        Contact contact;
        try {
            contact = contacts.saveAndFlush(
                    new Contact(side, matches.explain(demandId, offerId), Weights.current(), user.username(), now));
        } catch (DataIntegrityViolationException e) {
            // the other side, or a second request, made contact for the pair at the same moment
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("offerId", "error.contact.exists")));
        }
        write(contact, side, user, message, now);
        accounts.audit(user, "create", "contact", contact.id(), null, Map.of("demandId", demandId, "offerId", offerId));
        return summary(contact, demand, offer);
    }

    /** The contact, to either side's editors. */
    @Transactional(readOnly = true)
    public ContactSummary get(CurrentUser user, long id) {
        Contact contact = require(id);
        Demand demand = demands.require(contact.demandId());
        Offer offer = offers.require(contact.offerId());
        sideOf(user, demand, offer);
        return summary(contact, demand, offer);
    }

    /**
     * The contacts made about a demand or an offer (side says which), by the other side's id: to its
     * organization's editors, else none.
     */
    @Transactional(readOnly = true)
    public Map<Long, ContactSummary> of(CurrentUser user, MatchSide side, long id) {
        long organizationId = side == MatchSide.DEMAND
                ? demands.require(id).organizationId()
                : offers.require(id).organizationId();
        if (!checks.canEdit(user, organizationId)) {
            return Map.of();
        }
        List<Contact> found =
                side == MatchSide.DEMAND ? contacts.findByDemandIdOrderById(id) : contacts.findByOfferIdOrderById(id);
        Map<Long, ContactSummary> byOther = new HashMap<>();
        found.forEach(c -> byOther.put(
                side == MatchSide.DEMAND ? c.offerId() : c.demandId(),
                summary(c, demands.require(c.demandId()), offers.require(c.offerId()))));
        return byOther;
    }

    /** The contacts of the organizations the user edits (all, for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<ContactSummary> mine(CurrentUser user) {
        user.requireSignedIn();
        List<Contact> found = user.admin()
                ? contacts.findAll(Sort.by("id").descending())
                : contacts.ofOrganizations(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        return found.stream()
                .map(c -> summary(c, demands.require(c.demandId()), offers.require(c.offerId())))
                .toList();
    }

    /** A message from the user's side, while the contact is not declined. */
    @Transactional
    public ContactSummary write(CurrentUser user, long id, String text) {
        Contact contact = require(id);
        Demand demand = demands.require(contact.demandId());
        Offer offer = offers.require(contact.offerId());
        MatchSide side = sideOf(user, demand, offer);
        InputCheck check = message("text", text);
        if (contact.status() == ContactStatus.DECLINED) {
            check.reject("text", "error.contact.declined");
        }
        check.throwIfAny();
        write(contact, side, user, text, Instant.now());
        return summary(contact, demand, offer);
    }

    /** The answer of the side that was contacted: accepted, or declined with a reason. */
    @Transactional
    public ContactSummary answer(CurrentUser user, long id, Boolean accepted, DeclineReason reason) {
        Contact contact = require(id);
        Demand demand = demands.require(contact.demandId());
        Offer offer = offers.require(contact.offerId());
        MatchSide answering = contact.side().other();
        checks.requireEditor(user, answering == MatchSide.DEMAND ? demand.organizationId() : offer.organizationId());
        InputCheck check = new InputCheck().require("accepted", accepted);
        if (Boolean.FALSE.equals(accepted) && reason == null) {
            check.reject("reason", "error.contact.reason");
        }
        if (contact.status() != ContactStatus.CONTACTED) {
            check.reject("accepted", "error.contact.answered");
        }
        check.throwIfAny();
        contact.answer(accepted, reason, user.username(), Instant.now());
        contacts.saveAndFlush(contact);
        accounts.audit(
                user,
                "update",
                "contact",
                contact.id(),
                null,
                Map.of("status", accepted ? ContactStatus.ACCEPTED.name() : ContactStatus.DECLINED.name()));
        return summary(contact, demand, offer);
    }

    private Contact require(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("Contact", id));
    }

    /** The side the user writes for: the demand's when they edit its organization, else the offer's; refused for others. */
    private MatchSide sideOf(CurrentUser user, Demand demand, Offer offer) {
        user.requireSignedIn();
        if (checks.canEdit(user, demand.organizationId())) {
            return MatchSide.DEMAND;
        }
        if (checks.canEdit(user, offer.organizationId())) {
            return MatchSide.OFFER;
        }
        throw new AccessDeniedException("Not an editor of either side of the contact");
    }

    private static InputCheck message(String field, String text) {
        return new InputCheck().require(field, text).maxLength(field, text, MAX_MESSAGE);
    }

    private void write(Contact contact, MatchSide side, CurrentUser user, String text, Instant at) {
        jdbc.sql("insert into matching_contact_message (contact_id, side, author, text, written_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(contact.id(), side.name(), user.username(), text.strip(), Timestamp.from(at))
                .update();
    }

    private ContactSummary summary(Contact contact, Demand demand, Offer offer) {
        List<ContactSummary.Message> messages = jdbc.sql(
                        "select side, author, text, written_at from matching_contact_message where contact_id = ?"
                                + " order by id")
                .param(contact.id())
                .query((rs, n) -> new ContactSummary.Message(
                        MatchSide.valueOf(rs.getString("side")),
                        accounts.displayName(rs.getString("author")),
                        rs.getString("text"),
                        // as precise as HTML's datetime attribute takes it
                        rs.getTimestamp("written_at").toInstant().truncatedTo(ChronoUnit.MILLIS)))
                .list();
        List<ContactSummary.Person> people = new ArrayList<>();
        if (contact.status() == ContactStatus.ACCEPTED) {
            person(contact.side(), contact.contactedBy()).ifPresent(people::add);
            person(contact.side().other(), contact.answeredBy()).ifPresent(people::add);
        }
        return contact.summary(demand.organizationId(), offer.organizationId(), messages, people);
    }

    private Optional<ContactSummary.Person> person(MatchSide side, String username) {
        return accounts.user(username).map(u -> new ContactSummary.Person(side, u.displayName(), u.email()));
    }
}
