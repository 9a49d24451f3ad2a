package org.vocbridge.awards.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** An expert of the directory on a call's jury; whoever holds the EXPERT role for the person scores as this juror. */
@Entity
@Table(name = "awards_juror")
@Getter
class Juror {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;

    private long personId;

    private boolean chair;

    private Instant addedAt;

    protected Juror() {}

    Juror(long callId, long personId, boolean chair, Instant now) {
        this.callId = callId;
        this.personId = personId;
        this.chair = chair;
        this.addedAt = now;
    }

    void chair(boolean chair) {
        this.chair = chair;
    }
}
