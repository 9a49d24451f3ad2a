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

/**
 * One country's batch of new and corrected values: entered by its data steward, submitted with a
 * change note, approved by someone who entered none of them, then published under the next number.
 */
@Entity
@Table(name = "observatory_release")
public class Release {

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

    public Release(String country, String openedBy, boolean demo) {
        this.country = country;
        this.openCountry = country;
        this.openedBy = openedBy;
        this.demo = demo;
    }

    public void submit(String by, String changeNote) {
        this.status = ReleaseStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
        this.changeNote = changeNote;
        this.reviewNote = null;
    }

    public void returnForChanges(String note) {
        this.status = ReleaseStatus.OPEN;
        this.reviewNote = note;
    }

    public void publish(String by, int number) {
        this.status = ReleaseStatus.PUBLISHED;
        this.number = number;
        this.publishedBy = by;
        this.publishedAt = Instant.now();
        this.openCountry = null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String country() {
        return country;
    }

    public Integer number() {
        return number;
    }

    public ReleaseStatus status() {
        return status;
    }

    public String changeNote() {
        return changeNote;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean demo() {
        return demo;
    }
}
