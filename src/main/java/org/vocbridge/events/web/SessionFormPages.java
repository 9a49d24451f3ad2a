package org.vocbridge.events.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.PersonLabel;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.SessionKind;
import org.vocbridge.events.SessionRole;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.events.domain.Events;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The agenda's session form of an event's organizers: a session is added, changed or taken off the
 * agenda, with its speakers and moderators (found in the directory as they type), its materials
 * (found in the library) and, for a signing ceremony, the agreements signed there (those of the
 * event's alliance and hosts). The event's page shows the agenda saved.
 */
@Controller
@RequestMapping("/events/{id}/sessions")
@RequiredArgsConstructor
class SessionFormPages {

    /** How many people a search offers, and how many agreements of each party are offered. */
    private static final int OPTIONS = 20;

    private final Events events;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;

    @GetMapping("/new")
    String createForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        EventSummary event = events.toOrganize(user, id);
        String language = event.sessions().stream()
                .map(SessionSummary::language)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return form(model, event, SessionForm.empty(event.startsAt(), language), null, user);
    }

    @GetMapping("/{sessionId}/edit")
    String editForm(@PathVariable long id, @PathVariable long sessionId, CurrentUser user, Model model) {
        EventSummary event = events.toOrganize(user, id);
        return form(model, event, SessionForm.of(session(event, sessionId)), sessionId, user);
    }

    /** Adds the session, or saves the one with this id; the event's page shows it in the agenda. */
    @PostMapping({"", "/{sessionId}"})
    String save(
            @PathVariable long id,
            @PathVariable(required = false) Long sessionId,
            @ModelAttribute("form") SessionForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        return FormErrors.submit(
                result,
                () -> {
                    if (sessionId == null) {
                        events.addSession(user, id, form.draft());
                    } else {
                        events.updateSession(user, id, sessionId, form.draft());
                    }
                    return "redirect:/events/" + id + "?saved#agenda";
                },
                () -> form(model, events.toOrganize(user, id), form, sessionId, user));
    }

    @PostMapping("/{sessionId}/delete")
    String delete(@PathVariable long id, @PathVariable long sessionId, CurrentUser user) {
        events.removeSession(user, id, sessionId);
        return "redirect:/events/" + id + "?saved#agenda";
    }

    /** The people whose names match what was typed in the speaker search, as options to choose from. */
    @GetMapping("/person-options")
    String personOptions(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            CurrentUser user,
            Locale locale,
            Model model) {
        events.toOrganize(user, id);
        model.addAttribute("personOptions", directory.findPeople(q.strip(), OPTIONS, locale));
        return "events/session-form :: person-options";
    }

    private String form(Model model, EventSummary event, SessionForm form, Long sessionId, CurrentUser user) {
        FormErrors.show(model, "form", form);
        model.addAttribute("event", event);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("roles", SessionRole.values());
        List<Long> people = form.people() == null
                ? List.of()
                : form.people().stream()
                        .filter(p -> p != null && p.personId() != null)
                        .map(p -> p.personId())
                        .toList();
        model.addAttribute(
                "personOptions",
                new ArrayList<PersonLabel>(directory.personLabels(people).values()));
        List<Long> materials = form.materials() == null
                ? List.of()
                : form.materials().stream().filter(Objects::nonNull).toList();
        model.addAttribute(
                "materialOptions",
                new ArrayList<>(library.resources(materials, user).values()));
        // the agreements of the event's alliance and hosts, and those the session names already
        Map<Long, AgreementLabel> agreements = new LinkedHashMap<>();
        cooperation
                .agreementsOf(
                        event.allianceId(),
                        event.hosts().stream().map(OrganizationLabel::id).toList(),
                        user,
                        OPTIONS)
                .forEach(a -> agreements.put(a.id(), a));
        if (form.agreements() != null) {
            cooperation
                    .agreementLabels(
                            form.agreements().stream().filter(Objects::nonNull).toList(), user)
                    .values()
                    .forEach(a -> agreements.putIfAbsent(a.id(), a));
        }
        model.addAttribute("agreementOptions", agreements.values());
        return "events/session-form";
    }

    private static SessionSummary session(EventSummary event, long sessionId) {
        return event.sessions().stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }
}
