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
import org.vocbridge.matching.MatchExplanation;
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
    private final DemandRepository demandRows;
    private final OfferRepository offerRows;
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
        MatchExplanation match = matches.explain(demandId, offerId);
        Contact contact;
        try {
            contact = contacts.saveAndFlush(new Contact(side, match, Weights.of(match), user.username(), now));
        } catch (DataIntegrityViolationException e) {
            // the other side, or a second request, made contact for the pair at the same moment
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("offerId", "error.contact.exists")));
        }
        write(contact, side, user, message, now);
        accounts.audit(user, "create", "contact", contact.id(), null, Map.of("demandId", demandId, "offerId", offerId));
        return summary(contact);
    }

    /** The contact, to either side's editors. */
    @Transactional(readOnly = true)
    public ContactSummary get(CurrentUser user, long id) {
        Contact contact = require(id);
        Demand demand = demands.require(contact.demandId());
        Offer offer = offers.require(contact.offerId());
        sideOf(user, demand, offer);
        return summary(contact);
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
        summaries(found).forEach(c -> byOther.put(side == MatchSide.DEMAND ? c.offerId() : c.demandId(), c));
        return byOther;
    }

    /** The contacts of the organizations the user edits (all, for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<ContactSummary> mine(CurrentUser user) {
        user.requireSignedIn();
        List<Contact> found = user.admin()
                ? contacts.findAll(Sort.by("id").descending())
                : contacts.ofOrganizations(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        return summaries(found);
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
        return summary(contact);
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
        return summary(contact);
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

    private ContactSummary summary(Contact contact) {
        return summaries(List.of(contact)).get(0);
    }

    /** The contacts as their two sides read them, with their postings' organizations and messages read at once. */
    private List<ContactSummary> summaries(List<Contact> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> demandOrganizations = new HashMap<>();
        demandRows
                .findAllById(found.stream().map(Contact::demandId).distinct().toList())
                .forEach(d -> demandOrganizations.put(d.id(), d.organizationId()));
        Map<Long, Long> offerOrganizations = new HashMap<>();
        offerRows
                .findAllById(found.stream().map(Contact::offerId).distinct().toList())
                .forEach(o -> offerOrganizations.put(o.id(), o.organizationId()));
        Map<Long, List<ContactSummary.Message>> messages =
                messages(found.stream().map(Contact::id).toList());
        return found.stream()
                .map(c -> {
                    List<ContactSummary.Person> people = new ArrayList<>();
                    if (c.status() == ContactStatus.ACCEPTED) {
                        person(c.side(), c.contactedBy()).ifPresent(people::add);
                        person(c.side().other(), c.answeredBy()).ifPresent(people::add);
                    }
                    return c.summary(
                            demandOrganizations.get(c.demandId()),
                            offerOrganizations.get(c.offerId()),
                            messages.getOrDefault(c.id(), List.of()),
                            people);
                })
                .toList();
    }

    /** The messages of the contacts, each contact's in the order written, their authors by name. */
    private Map<Long, List<ContactSummary.Message>> messages(List<Long> contactIds) {
        Map<String, String> names = new HashMap<>();
        Map<Long, List<ContactSummary.Message>> byContact = new HashMap<>();
        jdbc.sql("select contact_id, side, author, text, written_at from matching_contact_message"
                        + " where contact_id in (:contacts) order by id")
                .param("contacts", contactIds)
                .query(rs -> {
                    byContact
                            .computeIfAbsent(rs.getLong("contact_id"), k -> new ArrayList<>())
                            .add(new ContactSummary.Message(
                                    MatchSide.valueOf(rs.getString("side")),
                                    names.computeIfAbsent(rs.getString("author"), accounts::displayName),
                                    rs.getString("text"),
                                    // as precise as HTML's datetime attribute takes it
                                    rs.getTimestamp("written_at").toInstant().truncatedTo(ChronoUnit.MILLIS)));
                });
        return byContact;
    }

    private Optional<ContactSummary.Person> person(MatchSide side, String username) {
        return accounts.user(username).map(u -> new ContactSummary.Person(side, u.displayName(), u.email()));
    }
}
