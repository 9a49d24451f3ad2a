package org.vocbridge.accounts.domain;

import jakarta.persistence.Column;
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

    @Column(nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    @Column(nullable = false)
    private long scopeId;

    @Column(nullable = false)
    private Instant grantedAt = Instant.now();

    @Column(length = 80)
    private String grantedBy;

    protected RoleGrant() {}

    RoleGrant(long userId, Role role, long scopeId, String grantedBy) {
        this.userId = userId;
        this.role = role;
        this.scopeId = scopeId;
        this.grantedBy = grantedBy;
    }
}
