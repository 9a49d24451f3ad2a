package org.vocbridge.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.vocbridge.directory.MembershipStatus;

/** One decision on a membership: who moved it from which status to which, when and why. */
@Entity
@Table(name = "directory_membership_event")
@Getter
class MembershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    private Instant at = Instant.now();

    private String actor;

    @Enumerated(EnumType.STRING)
    private MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private MembershipStatus toStatus;

    private String reason;

    protected MembershipEvent() {}

    MembershipEvent(Membership membership, String actor, MembershipStatus from, MembershipStatus to, String reason) {
        this.membership = membership;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
    }
}
