package org.vocbridge.observatory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import org.vocbridge.observatory.ChangeSummary;

/** One change to a value: entered into a release, or published by its approval; with the old and the new value. */
@Entity
@Table(name = "observatory_change")
@Getter
class ValueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long releaseId;

    private long indicatorId;

    private String country;

    @Column(name = "period")
    private int year;

    private String breakdown;

    private BigDecimal oldValue;

    private BigDecimal newValue;

    private String oldFlags;

    private String newFlags;

    @Enumerated(EnumType.STRING)
    private ChangeSummary.Action action;

    private String changedBy;

    private Instant changedAt = Instant.now();

    protected ValueChange() {}

    ValueChange(
            long releaseId,
            long indicatorId,
            String country,
            int year,
            String breakdown,
            BigDecimal oldValue,
            String oldFlags,
            BigDecimal newValue,
            String newFlags,
            ChangeSummary.Action action,
            String changedBy) {
        this.releaseId = releaseId;
        this.indicatorId = indicatorId;
        this.country = country;
        this.year = year;
        this.breakdown = breakdown;
        this.oldValue = oldValue;
        this.oldFlags = oldFlags;
        this.newValue = newValue;
        this.newFlags = newFlags;
        this.action = action;
        this.changedBy = changedBy;
    }
}
