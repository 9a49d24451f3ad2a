package org.vocbridge.awards.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.awards.AwardPhase;

/** A juror's marks for an entry in a phase, on one version of the call's rubric. */
@Entity
@Table(name = "awards_score")
@Getter
class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long callId;

    @Enumerated(EnumType.STRING)
    private AwardPhase phase;

    private long entryId;

    private long jurorId;

    private int rubricVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Integer> marks;

    /** The weighted total in hundredths of a point out of 100. */
    private int total;

    private String comment;

    private Instant scoredAt;

    /** Why it no longer counts (a conflict of interest found after it was given); null while it counts. */
    private String withdrawnNote;

    protected Score() {}

    Score(long callId, AwardPhase phase, long entryId, long jurorId) {
        this.callId = callId;
        this.phase = phase;
        this.entryId = entryId;
        this.jurorId = jurorId;
    }

    void mark(int rubricVersion, Map<String, Integer> marks, int total, String comment, Instant now) {
        this.rubricVersion = rubricVersion;
        this.marks = Map.copyOf(marks);
        this.total = total;
        this.comment = comment;
        this.scoredAt = now;
        this.withdrawnNote = null;
    }

    boolean counts() {
        return withdrawnNote == null;
    }
}
