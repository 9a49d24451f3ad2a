package org.vocbridge.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.cooperation.ReportSummary;
import org.vocbridge.shared.LocalizedText;

/** What an agreement delivered in one calendar year, in numbers and in words. */
@Entity
@Table(name = "cooperation_report")
@Getter
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long agreementId;

    @Column(name = "report_year")
    private int year;

    private int studentsEnrolled;
    private int graduates;
    private int teachersTrained;
    private int coursesDeveloped;
    private int standardsDeveloped;
    private int studyTourParticipants;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> narrative;

    private boolean demo;

    private String submittedBy;

    private Instant submittedAt = Instant.now();

    protected ProgressReport() {}

    ProgressReport(long agreementId, int year) {
        this.agreementId = agreementId;
        this.year = year;
    }

    void submit(ReportSummary.Figures figures, LocalizedText narrative, boolean demo, String by) {
        this.studentsEnrolled = figures.studentsEnrolled();
        this.graduates = figures.graduates();
        this.teachersTrained = figures.teachersTrained();
        this.coursesDeveloped = figures.coursesDeveloped();
        this.standardsDeveloped = figures.standardsDeveloped();
        this.studyTourParticipants = figures.studyTourParticipants();
        this.narrative = narrative.values();
        this.demo = demo;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
    }

    /** The report as shown, its author by the name that {@code names} gives for a user name. */
    ReportSummary summary(UnaryOperator<String> names) {
        return new ReportSummary(
                id,
                version,
                agreementId,
                year,
                new ReportSummary.Figures(
                        studentsEnrolled,
                        graduates,
                        teachersTrained,
                        coursesDeveloped,
                        standardsDeveloped,
                        studyTourParticipants),
                LocalizedText.of(narrative),
                demo,
                names.apply(submittedBy),
                submittedAt);
    }
}
