package org.vocbridge.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.vocbridge.accounts.Role;

/** A user's role for one record: an alliance, an organization or a person, by id. */
@Entity
@Table(name = "accounts_grant")
@Getter
class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private long scopeId;

    private Instant grantedAt = Instant.now();

    private String grantedBy;

    protected RoleGrant() {}

    RoleGrant(long userId, Role role, long scopeId, String grantedBy) {
        this.userId = userId;
        this.role = role;
        this.scopeId = scopeId;
        this.grantedBy = grantedBy;
    }
}
