package org.vocbridge.cooperation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.vocbridge.cooperation.AgreementStatus;

/** One move of an agreement from one state to the next: when it took effect, who recorded it, why. */
@Entity
@Table(name = "cooperation_status_change")
@Getter
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Enumerated(EnumType.STRING)
    private AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private AgreementStatus toStatus;

    private LocalDate effectiveOn;

    private String actor;

    private String note;

    private Instant recordedAt = Instant.now();

    protected StatusChange() {}

    StatusChange(
            Agreement agreement,
            AgreementStatus from,
            AgreementStatus to,
            LocalDate effectiveOn,
            String actor,
            String note) {
        this.agreement = agreement;
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveOn = effectiveOn;
        this.actor = actor;
        this.note = note;
    }

    AgreementStatus from() {
        return fromStatus;
    }

    AgreementStatus to() {
        return toStatus;
    }
}
