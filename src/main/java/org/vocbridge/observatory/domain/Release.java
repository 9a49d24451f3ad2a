package org.vocbridge.observatory.domain;

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
import org.vocbridge.observatory.ReleaseStatus;

/**
 * One country's batch of new and corrected values: entered by its data steward, submitted with a
 * change note, approved by someone who entered none of them, then published under the next number.
 */
@Entity
@Table(name = "observatory_release")
@Getter
class Release {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String country;

    /** The country while the release is not published: a country has one unpublished release at most. */
    private String openCountry;

    /** 1, 2, … per country, given at publication. */
    private Integer number;

    @Enumerated(EnumType.STRING)
    private ReleaseStatus status = ReleaseStatus.OPEN;

    private String changeNote;

    private String reviewNote;

    private String openedBy;

    private Instant openedAt = Instant.now();

    private String submittedBy;

    private Instant submittedAt;

    private String publishedBy;

    private Instant publishedAt;

    private boolean demo;

    protected Release() {}

    Release(String country, String openedBy, boolean demo) {
        this.country = country;
        this.openCountry = country;
        this.openedBy = openedBy;
        this.demo = demo;
    }

    void submit(String by, String changeNote) {
        this.status = ReleaseStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
        this.changeNote = changeNote;
        this.reviewNote = null;
    }

    void returnForChanges(String note) {
        this.status = ReleaseStatus.OPEN;
        this.reviewNote = note;
    }

    void publish(String by, int number) {
        this.status = ReleaseStatus.PUBLISHED;
        this.number = number;
        this.publishedBy = by;
        this.publishedAt = Instant.now();
        this.openCountry = null;
    }
}
