package org.vocbridge.observatory.domain;

import jakarta.persistence.Column;
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

    @Column(nullable = false, length = 2)
    private String country;

    /** The country while the release is not published: a country has one unpublished release at most. */
    @Column(length = 2, unique = true)
    private String openCountry;

    /** 1, 2, … per country, given at publication. */
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReleaseStatus status = ReleaseStatus.OPEN;

    @Column(length = 2000)
    private String changeNote;

    @Column(length = 2000)
    private String reviewNote;

    @Column(nullable = false, length = 80)
    private String openedBy;

    @Column(nullable = false)
    private Instant openedAt = Instant.now();

    @Column(length = 80)
    private String submittedBy;

    private Instant submittedAt;

    @Column(length = 80)
    private String publishedBy;

    private Instant publishedAt;

    @Column(nullable = false)
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
