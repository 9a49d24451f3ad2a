package org.vocbridge.events.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vocbridge.events.BroadcastState;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.domain.BroadcastDraft;
import org.vocbridge.events.domain.Events;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The broadcast desk of an event's organizers: they put the broadcast on air when it really starts,
 * end it, leave it to the event's dates again, and publish its recording. Each button sends the
 * recording address with the state it stands for.
 */
@Controller
@RequestMapping("/events/{id}/broadcast")
@RequiredArgsConstructor
class BroadcastPages {

    private final Events events;

    /** What the broadcast desk sends: the state a button stands for (none: follow the dates), the recording. */
    record BroadcastForm(BroadcastState state, String recordingUrl) {}

    @GetMapping
    String desk(@PathVariable long id, CurrentUser user, Model model) {
        EventSummary event = events.toOrganize(user, id);
        return form(
                model, event, new BroadcastForm(event.broadcastSet() ? event.broadcast() : null, event.recordingUrl()));
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @ModelAttribute("form") BroadcastForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    events.broadcast(user, id, new BroadcastDraft(form.state(), form.recordingUrl()));
                    return "redirect:/events/" + id + "/broadcast?saved";
                },
                () -> form(model, events.toOrganize(user, id), form));
    }

    private String form(Model model, EventSummary event, BroadcastForm form) {
        FormErrors.show(model, "form", form);
        model.addAttribute("event", event);
        model.addAttribute("states", BroadcastState.values());
        return "events/broadcast";
    }
}
