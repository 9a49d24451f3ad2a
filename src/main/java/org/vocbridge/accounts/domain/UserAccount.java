package org.vocbridge.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;

@Entity
@Table(name = "accounts_user")
@Getter
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    private boolean enabled = true;

    private boolean admin;

    private Instant createdAt = Instant.now();

    protected UserAccount() {}

    UserAccount(String username, String displayName, String email, String passwordHash, boolean admin) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.admin = admin;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
