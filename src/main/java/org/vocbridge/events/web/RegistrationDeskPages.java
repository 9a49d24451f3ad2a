package org.vocbridge.events.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.RegistrationStatus;
import org.vocbridge.events.RegistrationSummary;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.events.domain.Delegations;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.Registrations;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.shared.web.PageLinks;

/**
 * The registration desk of an event, for its organizers: the places of the event, its sessions and
 * delegations (taken, left, and a counter that no longer equals the places held), every
 * registration by status in the order made, and the approval or refusal of those waiting for it.
 */
@Controller
@RequestMapping("/events/{id}/registrations")
@RequiredArgsConstructor
class RegistrationDeskPages {

    private static final int PAGE_SIZE = 100;

    private final Events events;
    private final Registrations registrations;
    private final Delegations delegations;

    @GetMapping
    String desk(
            @PathVariable long id,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user,
            Model model) {
        List<RegistrationSummary> all = registrations.all(user, id);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        all.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        List<RegistrationSummary> shown = status == null
                ? all
                : all.stream().filter(r -> r.status() == status).toList();
        int from = Math.min(PageLinks.fromAddress(page) * PAGE_SIZE, shown.size());
        EventSummary event = events.get(id);
        model.addAttribute("event", event);
        model.addAttribute("status", status);
        model.addAttribute("counts", counts);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "result",
                new ResultPage<>(
                        shown.subList(from, Math.min(from + PAGE_SIZE, shown.size())),
                        from / PAGE_SIZE,
                        PAGE_SIZE,
                        shown.size()));
        model.addAttribute("places", registrations.quotas(user, id));
        model.addAttribute(
                "sessions",
                event.sessions().stream().collect(Collectors.toMap(SessionSummary::id, SessionSummary::title)));
        Map<Long, LocalizedText> delegationNames = delegations.list(user, id).stream()
                .collect(Collectors.toMap(Delegations.DelegationSummary::id, Delegations.DelegationSummary::name));
        model.addAttribute("delegations", delegationNames);
        return "events/registrations";
    }

    /** An organizer approves or declines a registration waiting for approval; back to the list they came from. */
    @PostMapping("/{token}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable String token,
            @RequestParam boolean approved,
            @RequestParam(required = false) RegistrationStatus status,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                approved ? "desk.approved" : "desk.declined",
                () -> registrations.decide(user, id, token, approved));
        return "redirect:"
                + UriComponentsBuilder.fromPath("/events/{id}/registrations")
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .buildAndExpand(id)
                        .toUriString();
    }
}
