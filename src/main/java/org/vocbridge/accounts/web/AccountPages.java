package org.vocbridge.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.accounts.Reminders;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.RoleScopes;
import org.vocbridge.accounts.UserSummary;
import org.vocbridge.accounts.domain.ApiTokens;
import org.vocbridge.accounts.domain.AuditTrail;
import org.vocbridge.accounts.domain.RoleGrants;
import org.vocbridge.accounts.domain.SignedInSessions;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;

/** Sign-in, one's own account and API tokens, and the admin pages for users and the audit log. */
@Controller
@RequiredArgsConstructor
class AccountPages {

    private final Users users;
    private final RoleGrants grants;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final SignedInSessions sessions;
    private final List<RoleScopes> scopes;
    private final List<Reminders> reminders;

    /** Each grant's record by name, for showing roles to people rather than numbers. */
    private Map<Long, String> scopeNames(List<UserSummary> users, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (UserSummary user : users) {
            for (UserSummary.Grant grant : user.grants()) {
                scopes.stream()
                        .map(s -> s.name(grant.role(), grant.scopeId(), locale))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .ifPresent(name -> names.put(grant.id(), name));
            }
        }
        return names;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(CurrentUser user, HttpSession session, Locale locale, Model model) {
        var me = users.get(user.requireSignedIn().id());
        model.addAttribute("me", me);
        model.addAttribute("scopeNames", scopeNames(List.of(me), locale));
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("sessions", sessions.of(user, session.getId()));
        model.addAttribute(
                "reminders",
                reminders.stream().flatMap(r -> r.of(user).stream()).toList());
        return "accounts/account";
    }

    @PostMapping("/account/sessions/end-others")
    String endOtherSessions(CurrentUser user, HttpSession session, RedirectAttributes redirect) {
        sessions.end(user.requireSignedIn().username(), session.getId());
        redirect.addFlashAttribute("notice", "account.otherSessionsEnded");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("createdToken", tokens.create(user, name));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            CurrentUser user,
            HttpSession session,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "account.passwordChanged",
                () -> users.changePassword(user, currentPassword, newPassword, session.getId()));
        return "redirect:/account";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @PathVariable long id, @RequestParam String newPassword, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "admin.passwordReset", () -> users.resetPassword(user, id, newPassword));
        return "redirect:/admin/users";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, CurrentUser user) {
        tokens.revoke(user, id);
        return "redirect:/account";
    }

    @GetMapping("/admin/users")
    String users(CurrentUser user, Locale locale, Model model) {
        List<UserSummary> all = users.all(user);
        model.addAttribute("users", all);
        model.addAttribute("scopeNames", scopeNames(all, locale));
        model.addAttribute("roles", Role.values());
        return "accounts/users";
    }

    @PostMapping("/admin/users")
    String createUser(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String email,
            @RequestParam String password,
            @RequestParam(defaultValue = "false") boolean admin,
            CurrentUser user,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "admin.userCreated",
                () -> users.create(user, new Users.NewUser(username, displayName, email, password, admin)));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/grants")
    String grant(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam long scopeId,
            CurrentUser user,
            RedirectAttributes redirect) {
        grants.grant(user, id, role, scopeId);
        redirect.addFlashAttribute("notice", "admin.granted");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, CurrentUser user) {
        grants.revoke(user, id, grantId);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, CurrentUser user) {
        users.setEnabled(user, id, enabled);
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        model.addAttribute("entries", audit.entries(user, recordType, recordId, PageRequest.of(Math.max(0, page), 50)));
        return "accounts/audit";
    }
}
