package org.vocbridge.matching.web;

import java.util.List;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.matching.ContactStatus;
import org.vocbridge.matching.ContactSummary;
import org.vocbridge.matching.DeclineReason;
import org.vocbridge.matching.MatchSide;
import org.vocbridge.matching.domain.Contacts;
import org.vocbridge.matching.domain.Demands;
import org.vocbridge.matching.domain.Offers;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The pages of contacts made from matches: writing to the other side of a match, the contacts of
 * the user's organizations, and each contact with its messages, the answer and, once accepted, the
 * two people to write to and a start of an agreement between the two organizations.
 */
@Controller
@RequiredArgsConstructor
class ContactPages {

    private final Contacts contacts;
    private final Demands demands;
    private final Offers offers;
    private final DirectoryApi directory;

    /** A first message to the other side of a match. */
    record ContactForm(Long demandId, Long offerId, MatchSide side, String message) {}

    /** A message in a contact. */
    record MessageForm(String text) {}

    /** The contacted side's answer. */
    record AnswerForm(Boolean accepted, DeclineReason reason) {}

    @GetMapping("/matching/contacts/new")
    String newContact(
            @RequestParam long demand,
            @RequestParam long offer,
            @RequestParam MatchSide side,
            CurrentUser user,
            Model model) {
        user.requireSignedIn();
        long from = side == MatchSide.DEMAND
                ? demands.get(demand).organizationId()
                : offers.get(offer).organizationId();
        if (!demands.mayPost(user, from)) {
            throw new AccessDeniedException("Not an editor of the side that would write");
        }
        return contactForm(model, new ContactForm(demand, offer, side, null));
    }

    @PostMapping("/matching/contacts")
    String contact(@ModelAttribute("form") ContactForm form, BindingResult result, CurrentUser user, Model model) {
        user.requireSignedIn();
        if (form == null || form.demandId() == null || form.offerId() == null) {
            return "redirect:/matching";
        }
        return FormErrors.submit(
                result,
                () -> "redirect:/matching/contacts/"
                        + contacts.contact(user, form.demandId(), form.offerId(), form.side(), form.message())
                                .id()
                        + "?saved",
                () -> contactForm(model, form));
    }

    @GetMapping("/matching/contacts")
    String mine(CurrentUser user, Model model) {
        List<ContactSummary> mine = contacts.mine(user);
        model.addAttribute("contacts", mine);
        postings(model, mine.stream());
        return "matching/contacts";
    }

    @GetMapping("/matching/contacts/{id}")
    String contact(@PathVariable long id, CurrentUser user, Model model) {
        return contactPage(model, contacts.get(user, id), user, new MessageForm(null), new AnswerForm(null, null));
    }

    @PostMapping("/matching/contacts/{id}/messages")
    String write(
            @PathVariable long id,
            @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        ContactSummary contact = contacts.get(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    contacts.write(user, id, form.text());
                    return "redirect:/matching/contacts/" + id + "#messages";
                },
                () -> contactPage(model, contact, user, form, new AnswerForm(null, null)));
    }

    @PostMapping("/matching/contacts/{id}/answer")
    String answer(
            @PathVariable long id,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        ContactSummary contact = contacts.get(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    contacts.answer(user, id, form.accepted(), form.reason());
                    return "redirect:/matching/contacts/" + id;
                },
                () -> contactPage(model, contact, user, new MessageForm(null), form));
    }

    private String contactForm(Model model, ContactForm form) {
        FormErrors.show(model, "form", form);
        model.addAttribute("demand", demands.get(form.demandId()));
        model.addAttribute("offer", offers.get(form.offerId()));
        model.addAttribute(
                "organizations",
                directory.organizationLabels(List.of(
                        demands.get(form.demandId()).organizationId(),
                        offers.get(form.offerId()).organizationId())));
        return "matching/contact-form";
    }

    private String contactPage(
            Model model, ContactSummary contact, CurrentUser user, MessageForm message, AnswerForm answer) {
        FormErrors.show(model, "messageForm", message == null ? new MessageForm(null) : message);
        FormErrors.show(model, "answerForm", answer == null ? new AnswerForm(null, null) : answer);
        model.addAttribute("contact", contact);
        long answering =
                contact.side() == MatchSide.DEMAND ? contact.offerOrganizationId() : contact.demandOrganizationId();
        model.addAttribute(
                "mayAnswer", contact.status() == ContactStatus.CONTACTED && demands.mayPost(user, answering));
        model.addAttribute("reasons", DeclineReason.values());
        postings(model, Stream.of(contact));
        return "matching/contact";
    }

    /** The demands and offers the contacts are about, and their organizations, by id. */
    private void postings(Model model, Stream<ContactSummary> shown) {
        List<ContactSummary> all = shown.toList();
        model.addAttribute(
                "demands",
                demands.byIds(all.stream().map(ContactSummary::demandId).toList()));
        model.addAttribute(
                "offers", offers.byIds(all.stream().map(ContactSummary::offerId).toList()));
        model.addAttribute(
                "organizations",
                directory.organizationLabels(all.stream()
                        .flatMap(c -> Stream.of(c.demandOrganizationId(), c.offerOrganizationId()))
                        .toList()));
    }
}
