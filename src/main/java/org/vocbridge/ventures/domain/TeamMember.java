package org.vocbridge.ventures.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.vocbridge.ventures.TeamRole;

/** Someone in a venture's team: a person of the directory, or a name only. */
@Entity
@Table(name = "ventures_team_member")
@Getter
class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long ventureId;
    private Long personId;
    private String name;

    @Enumerated(EnumType.STRING)
    private TeamRole role;

    private boolean minor;
    private boolean consent;
    private Instant createdAt;

    protected TeamMember() {}

    TeamMember(long ventureId) {
        this.ventureId = ventureId;
        this.createdAt = Instant.now();
    }

    void apply(TeamMemberDraft d) {
        personId = d.personId();
        name = d.name();
        role = d.role();
        minor = d.minor();
        consent = d.minor() && d.consent();
    }

    /** Whether the public sees who it is: always for adults, for a minor only with consent. */
    boolean shownToPublic() {
        return !minor || consent;
    }
}
