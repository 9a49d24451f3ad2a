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

    private long indicatorId;

    private String country;

    @Column(name = "period")
    private int year;

    private String breakdown;

    @Column(name = "obs_value")
    private BigDecimal value;

    private String flags;

    private boolean confidential;

    private String note;

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
