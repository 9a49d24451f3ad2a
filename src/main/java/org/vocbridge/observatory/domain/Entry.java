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

    @Column(nullable = false)
    private long releaseId;

    @Column(nullable = false)
    private long indicatorId;

    @Column(name = "period", nullable = false)
    private int year;

    /** The breakdown's canonical key, such as {@code sex=F|age=Y15T19}; empty for the total. */
    @Column(nullable = false, length = 200)
    private String breakdown;

    @Column(name = "obs_value")
    private BigDecimal value;

    @Column(nullable = false, length = 8)
    private String flags;

    @Column(nullable = false)
    private boolean confidential;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, length = 80)
    private String enteredBy;

    @Column(nullable = false)
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
