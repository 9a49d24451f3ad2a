package org.vocbridge.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A personal API token; only its SHA-256 hash is stored, the token itself is shown once. */
@Entity
@Table(name = "accounts_api_token")
@Getter
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String name;

    private String tokenHash;

    private String prefix;

    private Instant createdAt = Instant.now();

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long userId, String name, String tokenHash, String prefix) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public void revoke(Instant at) {
        revokedAt = at;
    }
}
