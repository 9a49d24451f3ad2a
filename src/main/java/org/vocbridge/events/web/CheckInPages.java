package org.vocbridge.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vocbridge.events.AttendeeCategory;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.Tickets;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The check-in page of an event, for its organizers at the door: it verifies each ticket's
 * signature in the browser with the platform's public key and the revoked tickets it loaded, so a
 * lost network does not stop the queue; check-ins wait in the browser until they reach the server.
 * Without scripts the form checks tickets in on the server.
 */
@Controller
@RequestMapping("/events/{id}")
@RequiredArgsConstructor
class CheckInPages {

    private final Events events;
    private final Tickets tickets;
    private final MessageSource messages;

    /** A ticket as scanned or typed, at the door (sessionId 0 or none) or a session. */
    record Scan(String code, Long sessionId) {}

    @GetMapping("/check-in")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        return page(id, user, model, new Scan(null, 0L), null);
    }

    /** The form without scripts: checked in on the server, the page again with the answer. */
    @PostMapping("/check-ins")
    String checkIn(
            @PathVariable long id,
            @ModelAttribute("form") Scan form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> page(
                        id,
                        user,
                        model,
                        new Scan(null, form.sessionId()),
                        tickets.checkIn(user, id, form.code(), form.sessionId())),
                () -> page(id, user, model, form, null));
    }

    /** The page's script: the server's word on a check-in the browser verified, or why it refuses it. */
    @PostMapping(path = "/check-ins", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> checkInFromScript(@PathVariable long id, Scan scan, CurrentUser user, Locale locale) {
        try {
            Tickets.CheckIn done = tickets.checkIn(user, id, scan.code(), scan.sessionId());
            return ResponseEntity.status(done.earlier() ? 200 : 201).body(done);
        } catch (InvalidInputException e) {
            List<String> problems = e.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.args(), p.code(), locale))
                    .toList();
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
    }

    private String page(long id, CurrentUser user, Model model, Scan form, Tickets.CheckIn done) {
        Tickets.CheckInKit kit = tickets.kit(user, id);
        model.addAttribute("event", events.get(id));
        model.addAttribute("kit", kit);
        model.addAttribute(
                "revoked",
                String.join(",", kit.revoked().stream().map(String::valueOf).toList()));
        model.addAttribute("counts", tickets.counts(user, id));
        model.addAttribute("categories", AttendeeCategory.values());
        model.addAttribute("done", done);
        FormErrors.show(model, "form", form);
        return "events/check-in";
    }
}
