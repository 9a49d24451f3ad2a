package org.vocbridge.accounts.domain;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.UserSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Users: sign-in, creation by admins, enabling and disabling, passwords. Disabling a user or
 * resetting their password ends all their sessions (and a reset revokes their API tokens); a user
 * changing their own password ends all their other sessions.
 */
@Service
@RequiredArgsConstructor
public class Users implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SignedInSessions sessions;
    private final ApiTokens tokens;

    /** What an admin fills in to create a user. */
    public record NewUser(String username, String displayName, String email, String password, boolean admin) {}

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AccountPrincipal(user);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> all(CurrentUser reader) {
        reader.requireAdmin();
        return users.findAll(Sort.by("username")).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(require(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return username == null || username.isBlank()
                ? Optional.empty()
                : users.findByUsernameIgnoreCase(username.strip()).map(this::summary);
    }

    @Transactional
    public UserSummary create(CurrentUser actor, NewUser input) {
        actor.requireAdmin();
        InputCheck check = new InputCheck()
                .require("username", input.username())
                .require("displayName", input.displayName())
                .maxLength("username", input.username(), 80)
                .maxLength("displayName", input.displayName(), 200)
                .maxLength("email", input.email(), 200);
        if (input.username() != null && !input.username().matches("[A-Za-z0-9._@-]{3,80}")) {
            check.reject("username", "error.username.format");
        }
        if (input.username() != null
                && users.findByUsernameIgnoreCase(input.username()).isPresent()) {
            check.reject("username", "error.username.taken");
        }
        checkNewPassword(check, "password", input.password());
        check.throwIfAny();
        UserAccount user = users.save(new UserAccount(
                input.username().strip(),
                input.displayName().strip(),
                input.email(),
                passwords.encode(input.password()),
                input.admin()));
        UserSummary after = summary(user);
        audit.record(actor, "create", "user", user.id(), null, after);
        return after;
    }

    /** Creates a user without an acting admin: the first admin at start-up, and demo accounts. */
    @Transactional
    public UserSummary bootstrap(String username, String displayName, String password, boolean admin) {
        UserAccount user = users.save(new UserAccount(username, displayName, null, passwords.encode(password), admin));
        audit.record(CurrentUser.SYSTEM, "create", "user", user.id(), null, summary(user));
        return summary(user);
    }

    @Transactional
    public UserSummary setEnabled(CurrentUser actor, long userId, boolean enabled) {
        actor.requireAdmin();
        UserAccount user = require(userId);
        UserSummary before = summary(user);
        user.enable(enabled);
        if (!enabled) {
            sessions.end(user.username(), null);
        }
        UserSummary after = summary(user);
        audit.record(actor, enabled ? "enable" : "disable", "user", userId, before, after);
        return after;
    }

    /**
     * A user changes their own password, proving the current one first; their other sessions end
     * (all but {@code keepSessionId}, the one they did it from, or all when it is null).
     */
    @Transactional
    public void changePassword(CurrentUser owner, String current, String replacement, String keepSessionId) {
        owner.requireSignedIn();
        UserAccount user = require(owner.id());
        InputCheck check = new InputCheck();
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            check.reject("currentPassword", "error.password.wrong");
        }
        checkNewPassword(check, "newPassword", replacement);
        check.throwIfAny();
        user.changePassword(passwords.encode(replacement));
        sessions.end(user.username(), keepSessionId);
        audit.record(owner, "password", "user", user.id(), null, null);
    }

    /** A platform admin sets a new password for a user who lost theirs. */
    @Transactional
    public void resetPassword(CurrentUser actor, long userId, String replacement) {
        actor.requireAdmin();
        UserAccount user = require(userId);
        InputCheck check = new InputCheck();
        checkNewPassword(check, "newPassword", replacement);
        check.throwIfAny();
        user.changePassword(passwords.encode(replacement));
        sessions.end(user.username(), null);
        tokens.revokeAll(userId);
        audit.record(actor, "reset-password", "user", userId, null, null);
    }

    private static void checkNewPassword(InputCheck check, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            check.reject(field, "error.password.short", MIN_PASSWORD_LENGTH);
        } else if (password.length() > 200) {
            check.reject(field, "error.tooLong", 200);
        }
    }

    boolean none() {
        return users.count() == 0;
    }

    UserAccount require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    UserSummary summary(UserAccount user) {
        return new UserSummary(
                user.id(),
                user.username(),
                user.displayName(),
                user.email(),
                user.enabled(),
                user.admin(),
                grants.findByUserIdOrderByRoleAscScopeIdAsc(user.id()).stream()
                        .map(g -> new UserSummary.Grant(g.id(), g.role(), g.scopeId()))
                        .toList());
    }
}
