package org.vocbridge.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.UserSummary;
import org.vocbridge.accounts.domain.AuditTrail;
import org.vocbridge.accounts.domain.RoleGrants;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;

/** Users, roles and the audit log as JSON; platform admins only, except {@code /me}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Users, roles and the audit log")
@RequiredArgsConstructor
class AccountsApiController {

    private final Users users;
    private final RoleGrants grants;
    private final AuditTrail audit;

    @GetMapping("/me")
    @Operation(summary = "The caller's account", description = "The caller's user name, display name and roles.")
    UserSummary me(CurrentUser user) {
        return users.get(user.requireSignedIn().id());
    }

    @GetMapping("/users")
    @Operation(summary = "List users", description = "Every user with their roles and grants (platform admins).")
    List<UserSummary> users(CurrentUser user) {
        return users.all(user);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a user", description = "Add a user with a first password (platform admins).")
    UserSummary createUser(@RequestBody Users.NewUser body, CurrentUser user) {
        return users.create(user, body);
    }

    /** A role to grant for one record. */
    record GrantRequest(Role role, long scopeId) {}

    @PostMapping("/users/{id}/grants")
    @Operation(
            summary = "Grant a role for one record",
            description = "ALLIANCE_SECRETARIAT (alliance id), ORGANIZATION_EDITOR (organization id) or EXPERT "
                    + "(person id) (platform admins).")
    UserSummary grant(@PathVariable long id, @RequestBody GrantRequest body, CurrentUser user) {
        return grants.grant(user, id, body.role(), body.scopeId());
    }

    @DeleteMapping("/users/{id}/grants/{grantId}")
    @Operation(summary = "Revoke a grant", description = "Revoke a grant (platform admins); it ends at once.")
    UserSummary revoke(@PathVariable long id, @PathVariable long grantId, CurrentUser user) {
        return grants.revoke(user, id, grantId);
    }

    /** A new password, with the current one when users change their own. */
    record PasswordChange(String currentPassword, String newPassword) {}

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change one's password",
            description =
                    "Change the caller's password: the current one is needed; the caller's other sessions " + "end.")
    void changePassword(@RequestBody PasswordChange body, CurrentUser user) {
        users.changePassword(user, body.currentPassword(), body.newPassword(), null);
    }

    @PutMapping("/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a user's password",
            description = "Set a new password for a user (platform admins): every session of the user ends and "
                    + "their API tokens are revoked.")
    void resetPassword(@PathVariable long id, @RequestBody PasswordChange body, CurrentUser user) {
        users.resetPassword(user, id, body.newPassword());
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log", description = "Who did what and when (platform admins), newest first.")
    ResultPage<AuditTrail.Entry> audit(
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        return audit.entries(
                user, recordType, recordId, PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 200))));
    }
}
