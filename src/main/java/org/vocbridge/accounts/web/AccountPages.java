package org.vocbridge.accounts.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.accounts.AccountService;
import org.vocbridge.accounts.AuditLog;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.RoleScopes;
import org.vocbridge.shared.InvalidInputException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;

/** Sign-in, one's own account and API tokens, and the admin pages for users and the audit log. */
@Controller
class AccountPages {

    private final AccountService accounts;
    private final AuditLog audit;
    private final List<RoleScopes> scopes;

    AccountPages(AccountService accounts, AuditLog audit, List<RoleScopes> scopes) {
        this.accounts = accounts;
        this.audit = audit;
        this.scopes = scopes;
    }

    /** Each grant's record by name, for showing roles to people rather than numbers. */
    private Map<Long, String> scopeNames(List<AccountService.UserSummary> users, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (AccountService.UserSummary user : users) {
            for (AccountService.Grant grant : user.grants()) {
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
    String account(CurrentUser user, Locale locale, Model model) {
        var me = accounts.user(user.requireSignedIn().id());
        model.addAttribute("me", me);
        model.addAttribute("scopeNames", scopeNames(List.of(me), locale));
        model.addAttribute("tokens", accounts.tokens(user));
        return "accounts/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("createdToken", accounts.createToken(user, name));
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
            RedirectAttributes redirect) {
        Flash.run(
                redirect, "account.passwordChanged", () -> accounts.changePassword(user, currentPassword, newPassword));
        return "redirect:/account";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @PathVariable long id, @RequestParam String newPassword, CurrentUser user, RedirectAttributes redirect) {
        Flash.run(redirect, "admin.passwordReset", () -> accounts.resetPassword(user, id, newPassword));
        return "redirect:/admin/users";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, CurrentUser user) {
        accounts.revokeToken(user, id);
        return "redirect:/account";
    }

    @GetMapping("/admin/users")
    String users(CurrentUser user, Locale locale, Model model) {
        user.requireAdmin();
        List<AccountService.UserSummary> users = accounts.users();
        model.addAttribute("users", users);
        model.addAttribute("scopeNames", scopeNames(users, locale));
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
                () -> accounts.createUser(
                        user, new AccountService.NewUser(username, displayName, email, password, admin)));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/grants")
    String grant(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam long scopeId,
            CurrentUser user,
            RedirectAttributes redirect) {
        accounts.grant(user, id, role, scopeId);
        redirect.addFlashAttribute("notice", "admin.granted");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, CurrentUser user) {
        accounts.revoke(user, id, grantId);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, CurrentUser user) {
        accounts.setEnabled(user, id, enabled);
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        user.requireAdmin();
        model.addAttribute("entries", audit.entries(recordType, recordId, PageRequest.of(Math.max(0, page), 50)));
        return "accounts/audit";
    }
}
