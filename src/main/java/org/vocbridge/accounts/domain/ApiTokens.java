package org.vocbridge.accounts.domain;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.ApiTokenAuthenticator;
import org.vocbridge.shared.security.CurrentUser;

/** Personal API tokens: only a token's SHA-256 is kept, the token itself is shown once. */
@Service
@RequiredArgsConstructor
public class ApiTokens implements ApiTokenAuthenticator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditTrail audit;

    /** A token as listed to its owner; the secret itself is only in {@link CreatedToken}. */
    public record TokenSummary(
            long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean active) {}

    /** A newly created token: {@code token} is shown this once and never again. */
    public record CreatedToken(long id, String name, String token) implements Serializable {}

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
    public List<TokenSummary> of(CurrentUser owner) {
        owner.requireSignedIn();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream()
                .map(t -> new TokenSummary(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.active()))
                .toList();
    }

    @Transactional
    public CreatedToken create(CurrentUser owner, String name) {
        owner.requireSignedIn();
        new InputCheck().require("name", name).maxLength("name", name, 100).throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "vb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(owner.id(), name.strip(), hash(token), token.substring(0, 8)));
        audit.record(owner, "create", "api-token", saved.id(), null, name.strip());
        return new CreatedToken(saved.id(), saved.name(), token);
    }

    @Transactional
    public void revoke(CurrentUser owner, long tokenId) {
        owner.requireSignedIn();
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == owner.id() || owner.admin())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke(Instant.now());
        audit.record(owner, "revoke", "api-token", tokenId, token.name(), null);
    }

    /** Revokes every active token of a user whose password an admin has reset. */
    void revokeAll(long userId) {
        Instant now = Instant.now();
        tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(ApiToken::active)
                .forEach(t -> t.revoke(now));
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
