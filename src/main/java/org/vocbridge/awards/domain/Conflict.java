package org.vocbridge.awards.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.awards.ConflictRule;
import org.vocbridge.awards.ConflictState;

/** A conflict of interest between a juror and an entry, with the rule that found it and its evidence. */
@Entity
@Table(name = "awards_conflict")
@Getter
class Conflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;

    private long jurorId;

    private long entryId;

    @Enumerated(EnumType.STRING)
    private ConflictRule rule;

    /** What the rule found: the record (organization, resource, agreement, venture…) and its dates. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> evidence;

    private Instant foundAt;

    @Enumerated(EnumType.STRING)
    private ConflictState state = ConflictState.FOUND;

    private Long decidedBy;

    private String decisionNote;

    private Instant decidedAt;

    protected Conflict() {}

    Conflict(long callId, long jurorId, long entryId, ConflictRule rule, Map<String, Object> evidence, Instant now) {
        this.callId = callId;
        this.jurorId = jurorId;
        this.entryId = entryId;
        this.rule = rule;
        this.evidence = evidence;
        this.foundAt = now;
    }

    void evidence(Map<String, Object> evidence) {
        this.evidence = evidence;
    }

    void decide(ConflictState state, Long by, String note, Instant now) {
        this.state = state;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = now;
    }
}
