package org.vocbridge.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.domain.ApiToken;
import org.vocbridge.accounts.domain.ApiTokenRepository;
import org.vocbridge.accounts.domain.RoleGrant;
import org.vocbridge.accounts.domain.RoleGrantRepository;
import org.vocbridge.accounts.domain.UserAccount;
import org.vocbridge.accounts.domain.UserAccountRepository;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.ApiTokenAuthenticator;
import org.vocbridge.shared.security.CurrentUser;

/** Users, sign-in, role grants and personal API tokens. */
@Service
public class AccountService implements UserDetailsService, ApiTokenAuthenticator {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final AccountsApi accounts;

    AccountService(
            UserAccountRepository users,
            RoleGrantRepository grants,
            ApiTokenRepository tokens,
            PasswordEncoder passwords,
            AccountsApi accounts) {
        this.users = users;
        this.grants = grants;
        this.tokens = tokens;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    /** A user as shown to admins and in the API. */
    public record UserSummary(
            long id,
            String username,
            String displayName,
            String email,
            boolean enabled,
            boolean admin,
            List<Grant> grants) {}

    /** A role held for one record. */
    public record Grant(long id, Role role, long scopeId) {}

    /** What an admin fills in to create a user. */
    public record NewUser(String username, String displayName, String email, String password, boolean admin) {}

    /** A token as listed to its owner; the secret itself is only in {@link CreatedToken}. */
    public record TokenSummary(
            long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean active) {}

    /** A newly created token: {@code token} is shown this once and never again. */
    public record CreatedToken(long id, String name, String token) {}

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AccountPrincipal(user);
    }

    @Override
    @Transactional
    public Optional<Authentication> authenticate(String token) {
        return tokens.findByTokenHash(hash(token))
                .filter(ApiToken::active)
                .flatMap(t -> {
                    t.used(Instant.now());
                    return users.findById(t.userId());
                })
                .filter(UserAccount::enabled)
                .map(user -> {
                    AccountPrincipal principal = new AccountPrincipal(user);
                    return UsernamePasswordAuthenticationToken.authenticated(
                            principal, null, principal.getAuthorities());
                });
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(long id) {
        return summary(requireUser(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(this::summary);
    }

    @Transactional
    public UserSummary createUser(CurrentUser actor, NewUser input) {
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
        if (input.password() == null || input.password().length() < MIN_PASSWORD_LENGTH) {
            check.reject("password", "error.password.short", MIN_PASSWORD_LENGTH);
        } else if (input.password().length() > 200) {
            check.reject("password", "error.tooLong", 200);
        }
        check.throwIfAny();
        UserAccount user = users.save(new UserAccount(
                input.username().strip(),
                input.displayName().strip(),
                input.email(),
                passwords.encode(input.password()),
                input.admin()));
        UserSummary after = summary(user);
        accounts.audit(actor, "create", "user", user.id(), null, after);
        return after;
    }

    /** Creates a user without an acting admin: the first admin at start-up, and demo accounts. */
    @Transactional
    public UserSummary bootstrapUser(String username, String displayName, String password, boolean admin) {
        UserAccount user = users.save(new UserAccount(username, displayName, null, passwords.encode(password), admin));
        accounts.audit(new CurrentUser(null, "system", true), "create", "user", user.id(), null, summary(user));
        return summary(user);
    }

    @Transactional
    public UserSummary grant(CurrentUser actor, long userId, Role role, long scopeId) {
        actor.requireAdmin();
        return grantWithoutCheck(actor, userId, role, scopeId);
    }

    /** For callers that checked the actor's right themselves (a secretariat naming its staff). */
    @Transactional
    public UserSummary grantWithoutCheck(CurrentUser actor, long userId, Role role, long scopeId) {
        UserAccount user = requireUser(userId);
        if (!grants.existsByUserIdAndRoleAndScopeId(userId, role, scopeId)) {
            UserSummary before = summary(user);
            grants.save(new RoleGrant(userId, role, scopeId, actor.username()));
            accounts.audit(actor, "grant", "user", userId, before, summary(user));
        }
        return summary(user);
    }

    @Transactional
    public UserSummary revoke(CurrentUser actor, long userId, long grantId) {
        actor.requireAdmin();
        UserAccount user = requireUser(userId);
        RoleGrant grant = grants.findById(grantId)
                .filter(g -> g.userId() == userId)
                .orElseThrow(() -> new NotFoundException("Grant", grantId));
        UserSummary before = summary(user);
        grants.delete(grant);
        grants.flush();
        UserSummary after = summary(user);
        accounts.audit(actor, "revoke", "user", userId, before, after);
        return after;
    }

    @Transactional
    public UserSummary setEnabled(CurrentUser actor, long userId, boolean enabled) {
        actor.requireAdmin();
        UserAccount user = requireUser(userId);
        UserSummary before = summary(user);
        user.update(user.displayName(), user.email(), enabled, user.admin());
        UserSummary after = summary(user);
        accounts.audit(actor, enabled ? "enable" : "disable", "user", userId, before, after);
        return after;
    }

    /** A user changes their own password, proving the current one first. */
    @Transactional
    public void changePassword(CurrentUser owner, String current, String replacement) {
        owner.requireSignedIn();
        UserAccount user = requireUser(owner.id());
        InputCheck check = new InputCheck();
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            check.reject("currentPassword", "error.password.wrong");
        }
        checkNewPassword(check, replacement);
        check.throwIfAny();
        user.changePassword(passwords.encode(replacement));
        accounts.audit(owner, "password", "user", user.id(), null, null);
    }

    /** A platform admin sets a new password for a user who lost theirs. */
    @Transactional
    public void resetPassword(CurrentUser actor, long userId, String replacement) {
        actor.requireAdmin();
        UserAccount user = requireUser(userId);
        InputCheck check = new InputCheck();
        checkNewPassword(check, replacement);
        check.throwIfAny();
        user.changePassword(passwords.encode(replacement));
        accounts.audit(actor, "reset-password", "user", userId, null, null);
    }

    private static void checkNewPassword(InputCheck check, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            check.reject("newPassword", "error.password.short", MIN_PASSWORD_LENGTH);
        } else if (password.length() > 200) {
            check.reject("newPassword", "error.tooLong", 200);
        }
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> tokens(CurrentUser owner) {
        owner.requireSignedIn();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream()
                .map(t -> new TokenSummary(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.active()))
                .toList();
    }

    @Transactional
    public CreatedToken createToken(CurrentUser owner, String name) {
        owner.requireSignedIn();
        new InputCheck().require("name", name).maxLength("name", name, 100).throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "vb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(owner.id(), name.strip(), hash(token), token.substring(0, 8)));
        accounts.audit(owner, "create", "api-token", saved.id(), null, name.strip());
        return new CreatedToken(saved.id(), saved.name(), token);
    }

    @Transactional
    public void revokeToken(CurrentUser owner, long tokenId) {
        owner.requireSignedIn();
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == owner.id() || owner.admin())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke(Instant.now());
        accounts.audit(owner, "revoke", "api-token", tokenId, token.name(), null);
    }

    private UserAccount requireUser(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private UserSummary summary(UserAccount user) {
        return new UserSummary(
                user.id(),
                user.username(),
                user.displayName(),
                user.email(),
                user.enabled(),
                user.admin(),
                grants.findByUserIdOrderByRoleAscScopeIdAsc(user.id()).stream()
                        .map(g -> new Grant(g.id(), g.role(), g.scopeId()))
                        .toList());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
