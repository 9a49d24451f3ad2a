package org.vocbridge.matching.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vocbridge.matching.domain.MatchAlerts;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.FormErrors;

/** The alerts page: for each organization the user edits, the score chosen and the new matches. */
@Controller
@RequiredArgsConstructor
class MatchAlertPages {

    private final MatchAlerts alerts;

    /** The lowest score alerted, in points; empty for none. */
    record AlertForm(Integer minScore) {}

    @GetMapping("/matching/alerts")
    String mine(CurrentUser user, Model model) {
        return page(user, model, null, null);
    }

    @PostMapping("/matching/alerts/{organizationId}")
    String choose(
            @PathVariable long organizationId,
            @ModelAttribute("form") AlertForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        alerts.of(user, organizationId);
        return FormErrors.submit(
                result,
                () -> {
                    alerts.choose(user, organizationId, form.minScore());
                    return "redirect:/matching/alerts?saved#organization-" + organizationId;
                },
                () -> page(user, model, organizationId, form));
    }

    @PostMapping("/matching/alerts/{organizationId}/seen")
    String seen(@PathVariable long organizationId, CurrentUser user) {
        alerts.seen(user, organizationId);
        return "redirect:/matching/alerts#organization-" + organizationId;
    }

    /** The page; the form of the organization given keeps what was typed, with its errors. */
    private String page(CurrentUser user, Model model, Long organizationId, AlertForm form) {
        model.addAttribute("all", alerts.mine(user));
        model.addAttribute("failed", organizationId);
        FormErrors.show(model, "form", form == null ? new AlertForm(null) : form);
        return "matching/alerts";
    }
}
