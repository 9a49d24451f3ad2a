package org.vocbridge.observatory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;

/** A value entered into a release, for one indicator, year and breakdown; no value withdraws a published one. */
@Entity
@Table(name = "observatory_entry")
@Getter
class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long releaseId;

    private long indicatorId;

    @Column(name = "period")
    private int year;

    /** The breakdown's canonical key, such as {@code sex=F|age=Y15T19}; empty for the total. */
    private String breakdown;

    @Column(name = "obs_value")
    private BigDecimal value;

    private String flags;

    private boolean confidential;

    private String note;

    private String enteredBy;

    private Instant enteredAt;

    /** What identifies a value within a release, and among the published ones: indicator, year, breakdown. */
    static String key(long indicatorId, int year, String breakdown) {
        return indicatorId + "/" + year + "/" + breakdown;
    }

    protected Entry() {}

    Entry(long releaseId, long indicatorId, int year, String breakdown) {
        this.releaseId = releaseId;
        this.indicatorId = indicatorId;
        this.year = year;
        this.breakdown = breakdown;
    }

    void set(BigDecimal value, String flags, boolean confidential, String note, String by) {
        this.value = value;
        this.flags = flags;
        this.confidential = confidential;
        this.note = note;
        this.enteredBy = by;
        this.enteredAt = Instant.now();
    }
}
