package org.vocbridge.events.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventKind;
import org.vocbridge.events.domain.Events;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/**
 * The event form of its organizers: an alliance secretariat or the editors of a member organization
 * create an event, and its organizers change it (the version they read must still be the event's).
 * An event belongs to an alliance the user runs and/or is hosted by organizations they edit.
 */
@Controller
@RequestMapping("/events")
@RequiredArgsConstructor
class EventFormPages {

    private final Events events;
    private final DirectoryApi directory;
    private final AccountsApi accounts;

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long alliance, CurrentUser user, Locale locale, Model model) {
        user.requireSignedIn();
        // an alliance the user runs is chosen at first (the one asked for, if they run it)
        Set<Long> runs = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        Long chosen = alliance != null && (user.admin() || runs.contains(alliance))
                ? alliance
                : runs.stream().sorted().findFirst().orElse(null);
        return form(model, EventForm.empty(chosen, "Asia/Shanghai"), null, user, locale);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        return form(model, EventForm.of(events.toOrganize(user, id)), id, user, locale);
    }

    /** Creates an event, or saves the one with this id; the event's page says it is saved. */
    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) Long id,
            @ModelAttribute("form") EventForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        return FormErrors.submit(
                result,
                () -> "redirect:/events/"
                        + (id == null ? events.create(user, form.draft()) : events.update(user, id, form.draft())).id()
                        + "?saved",
                () -> form(model, form, id, user, locale));
    }

    private String form(Model model, EventForm form, Long id, CurrentUser user, Locale locale) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", EventKind.values());
        // the alliances the user runs and the organizations they edit, with what the event has already
        Set<Long> runs = user.admin() ? null : accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        model.addAttribute(
                "alliances",
                directory.alliances(locale).stream()
                        .filter(a -> runs == null
                                || runs.contains(a.id())
                                || Long.valueOf(a.id()).equals(form.allianceId()))
                        .toList());
        Set<Long> hosts = new LinkedHashSet<>(accounts.scopes(user, Role.ORGANIZATION_EDITOR));
        if (form.hosts() != null) {
            form.hosts().stream().filter(Objects::nonNull).forEach(hosts::add);
        }
        model.addAttribute("organizations", directory.organizations(hosts));
        List<String> zones = new ArrayList<>(EventPages.ZONES);
        if (form.zone() != null && !zones.contains(form.zone())) {
            zones.add(0, form.zone());
        }
        model.addAttribute("zones", zones);
        return "events/event-form";
    }
}
