package org.vocbridge.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.vocbridge.directory.ChairTermSummary;

/** A term of the rotating chair of an alliance; the list of terms is the handover log. */
@Entity
@Table(name = "directory_chair_term")
@Getter
class ChairTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private LocalDate fromDate;

    private LocalDate toDate;

    private String handoverNote;

    private String recordedBy;

    private Instant recordedAt = Instant.now();

    protected ChairTerm() {}

    ChairTerm(Alliance alliance, Organization organization, LocalDate from, LocalDate to, String note, String actor) {
        this.alliance = alliance;
        this.organization = organization;
        this.fromDate = from;
        this.toDate = to;
        this.handoverNote = note;
        this.recordedBy = actor;
    }

    void endOn(LocalDate day) {
        toDate = day;
    }

    boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(fromDate) && (toDate == null || !day.isAfter(toDate));
    }

    ChairTermSummary summary() {
        return new ChairTermSummary(
                id,
                organization.id(),
                organization.name(),
                fromDate,
                toDate,
                handoverNote,
                recordedBy,
                isCurrentOn(LocalDate.now()));
    }
}
