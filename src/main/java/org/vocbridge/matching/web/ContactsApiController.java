package org.vocbridge.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.matching.ContactSummary;
import org.vocbridge.matching.DeclineReason;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.domain.Contacts;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/** Contacts made from matches: through the platform, answered by the other side. */
@RestController
@RequestMapping("/api/v1/matching/contacts")
@Tag(
        name = "Matching contacts",
        description = "From a suggested match to cooperation: one side contacts the other through the platform, "
                + "the other accepts or declines with a reason; e-mail addresses are shown only once accepted.")
@RequiredArgsConstructor
class ContactsApiController {

    private final Contacts contacts;

    /** A first contact: from which side, about which pair, with a message. */
    record ContactDraft(Long demandId, Long offerId, MatchSide side, String message) {}

    /** A message in a contact. */
    record MessageDraft(String text) {}

    /** The contacted side's answer; a reason when declined. */
    record Answer(Boolean accepted, DeclineReason reason) {}

    @PostMapping
    @Operation(
            summary = "Contact the other side of a match",
            description = "An editor of the demand's organization (side DEMAND) or of the offer's (side OFFER) "
                    + "writes to the other side about their match. The score, algorithm version, weights and "
                    + "explanation of the match are kept with the contact as they are now. One contact per pair; "
                    + "both must be open.")
    ResponseEntity<ContactSummary> contact(@RequestBody ContactDraft draft, CurrentUser user) {
        if (draft.demandId() == null || draft.offerId() == null) {
            new InputCheck()
                    .require("demandId", draft.demandId())
                    .require("offerId", draft.offerId())
                    .throwIfAny();
        }
        ContactSummary made = contacts.contact(user, draft.demandId(), draft.offerId(), draft.side(), draft.message());
        return ResponseEntity.created(URI.create("/api/v1/matching/contacts/" + made.id()))
                .body(made);
    }

    @GetMapping
    @Operation(
            summary = "My organizations' contacts",
            description = "The contacts of the demands and offers of the organizations the user edits, newest first.")
    List<ContactSummary> mine(CurrentUser user) {
        return contacts.mine(user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A contact",
            description = "To the editors of either side: the messages, the status, and once accepted the two "
                    + "people's names and e-mail addresses.")
    ContactSummary get(@PathVariable long id, CurrentUser user) {
        return contacts.get(user, id);
    }

    @PostMapping("/{id}/messages")
    @Operation(
            summary = "Write in a contact",
            description = "A message from the user's side, while the contact is not declined.")
    ContactSummary write(@PathVariable long id, @RequestBody MessageDraft message, CurrentUser user) {
        return contacts.write(user, id, message.text());
    }

    @PostMapping("/{id}/answer")
    @Operation(
            summary = "Accept or decline a contact",
            description = "By an editor of the side that was contacted, once: accepted, or declined with a reason "
                    + "code (NOT_RELEVANT, NO_CAPACITY, TIMING, LANGUAGE, LOCATION, TERMS, ALREADY_PARTNERED, OTHER).")
    ContactSummary answer(@PathVariable long id, @RequestBody Answer answer, CurrentUser user) {
        return contacts.answer(user, id, answer.accepted(), answer.reason());
    }
}
