package org.vocbridge.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.vocbridge.directory.MembershipRole;
import org.vocbridge.directory.MembershipStatus;
import org.vocbridge.directory.MembershipSummary;

/** An organization's membership of an alliance, with its full history of decisions. */
@Entity
@Table(name = "directory_membership")
@Getter
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private LocalDate joinedOn;

    private LocalDate leftOn;

    private String applicationNote;

    @OneToMany(mappedBy = "membership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<MembershipEvent> history = new ArrayList<>();

    protected Membership() {}

    Membership(
            Alliance alliance, Organization organization, MembershipRole role, MembershipStatus status, String actor) {
        this.alliance = alliance;
        this.organization = organization;
        this.role = role;
        this.status = status;
        history.add(new MembershipEvent(this, actor, null, status, null));
        // both sides in memory, so that the organization is indexed with its alliances
        organization.memberships().add(this);
        alliance.memberships().add(this);
    }

    void note(String applicationNote) {
        this.applicationNote = applicationNote;
    }

    void changeRole(MembershipRole role) {
        this.role = role;
    }

    void dates(LocalDate joinedOn, LocalDate leftOn) {
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    /** Moves to the next status; the caller has checked that the move is allowed. */
    void move(MembershipStatus next, String actor, String reason, LocalDate on) {
        history.add(new MembershipEvent(this, actor, status, next, reason));
        if (next.isMember() && joinedOn == null) {
            joinedOn = on;
        }
        if (next == MembershipStatus.LEFT) {
            leftOn = on;
        }
        status = next;
    }

    MembershipSummary summary() {
        return new MembershipSummary(
                id,
                version,
                alliance.id(),
                alliance.name(),
                organization.id(),
                organization.name(),
                organization.country(),
                organization.kind(),
                role,
                status,
                joinedOn,
                leftOn,
                applicationNote,
                status.next(),
                history.stream()
                        .map(e -> new MembershipSummary.Decision(
                                e.at(), e.actor(), e.fromStatus(), e.toStatus(), e.reason()))
                        .toList());
    }
}
