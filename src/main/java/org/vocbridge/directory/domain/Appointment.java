package org.vocbridge.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.shared.LocalizedText;

/** A think-tank appointment: a person serves an alliance in a role from one day to another. */
@Entity
@Table(name = "directory_appointment")
@Getter
class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> role;

    private LocalDate fromDate;

    private LocalDate toDate;

    /** A reference to the appointment letter (document number or link). */
    private String document;

    /** The stored appointment letter (PDF), by the key of its content. */
    private String letterKey;

    private String letterName;

    protected Appointment() {}

    Appointment(Person person, Alliance alliance, LocalizedText role, LocalDate from, LocalDate to, String document) {
        this.person = person;
        this.alliance = alliance;
        this.role = role.values();
        this.fromDate = from;
        this.toDate = to;
        this.document = document;
    }

    LocalizedText role() {
        return LocalizedText.of(role);
    }

    void attachLetter(String key, String fileName) {
        this.letterKey = key;
        this.letterName = fileName;
    }

    PersonSummary.AppointmentSummary summary() {
        return new PersonSummary.AppointmentSummary(
                id, alliance.id(), alliance.name(), role(), fromDate, toDate, document, letterKey != null);
    }
}
