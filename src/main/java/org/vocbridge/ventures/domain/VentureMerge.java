package org.vocbridge.ventures.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A venture merged into another: where its address now leads, who merged it and when. */
@Entity
@Table(name = "ventures_venture_merge")
@Getter
class VentureMerge {

    @Id
    private Long mergedId;

    private long intoId;
    private String mergedBy;
    private Instant mergedAt;

    protected VentureMerge() {}

    VentureMerge(long mergedId, long intoId, String mergedBy) {
        this.mergedId = mergedId;
        this.intoId = intoId;
        this.mergedBy = mergedBy;
        this.mergedAt = Instant.now();
    }
}
