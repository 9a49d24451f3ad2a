package org.vocbridge.awards.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
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
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.CriterionKind;
import org.vocbridge.awards.domain.AwardCalls;
import org.vocbridge.awards.domain.CallSummary;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.EventsApi;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/** Opening and changing a call on the page, for an alliance's secretariat (and admins). */
@Controller
@RequestMapping("/awards")
@RequiredArgsConstructor
class CallFormPages {

    private final AwardCalls calls;
    private final AccountsApi accounts;
    private final DirectoryApi directory;
    private final EventsApi events;

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long alliance, CurrentUser user, Locale locale, Model model) {
        user.requireSignedIn();
        return form(model, CallForm.empty(alliance), null, user, locale);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") CallForm form, BindingResult result, CurrentUser user, Locale locale, Model model) {
        user.requireSignedIn();
        return FormErrors.submit(
                result,
                () -> "redirect:/awards/"
                        + calls.create(user, form.draft(locale.getLanguage(), List.of()))
                                .id(),
                () -> form(model, form, null, user, locale));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        CallSummary call = managed(user, id);
        return form(model, CallForm.of(call, locale.getLanguage()), id, user, locale);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CallForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model) {
        CallSummary call = managed(user, id);
        return FormErrors.submit(
                result,
                () -> {
                    calls.update(user, id, form.draft(locale.getLanguage(), call.rubric()));
                    return "redirect:/awards/" + id + "?saved";
                },
                () -> form(model, form, id, user, locale));
    }

    private CallSummary managed(CurrentUser user, long id) {
        user.requireSignedIn();
        CallSummary call = calls.get(user, id);
        if (!call.manages()) {
            throw new AccessDeniedException("Not the call's secretariat");
        }
        return call;
    }

    private String form(Model model, CallForm form, Long id, CurrentUser user, Locale locale) {
        FormErrors.show(model, "form", form);
        model.addAttribute("id", id);
        Set<Long> runs = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        model.addAttribute(
                "alliances",
                directory.allianceNames(locale).stream()
                        .filter(a -> user.admin()
                                || runs.contains(a.id())
                                || a.id() == (form.allianceId() == null ? -1 : form.allianceId()))
                        .toList());
        model.addAttribute("categories", AwardCategory.values());
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("ceremonies", events.awardCeremonies());
        return "awards/call-form";
    }
}
