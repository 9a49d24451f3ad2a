package org.vocbridge.observatory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;

/**
 * A published value. A later release that corrects or withdraws it sets {@code replacedIn} and
 * leaves the rest as published, so every release can be read as it was.
 */
@Entity
@Table(name = "observatory_observation")
@Getter
class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long indicatorId;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "period", nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String breakdown;

    @Column(name = "obs_value", nullable = false)
    private BigDecimal value;

    @Column(nullable = false, length = 8)
    private String flags;

    @Column(nullable = false)
    private boolean confidential;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private int releaseNumber;

    private Integer replacedIn;

    protected Observation() {}

    Observation(Entry entry, String country, int releaseNumber) {
        this.indicatorId = entry.indicatorId();
        this.country = country;
        this.year = entry.year();
        this.breakdown = entry.breakdown();
        this.value = entry.value();
        this.flags = entry.flags();
        this.confidential = entry.confidential();
        this.note = entry.note();
        this.releaseNumber = releaseNumber;
    }

    void replacedIn(int releaseNumber) {
        this.replacedIn = releaseNumber;
    }
}
