package org.vocbridge.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/**
 * Something an agreement produced: a standard, a course, a training base. When the output is a
 * record of another module (a library resource), it is linked by that record's type and id.
 */
@Entity
@Table(name = "cooperation_output")
public class AgreementOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutputKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @Column(name = "output_year")
    private Integer year;

    @Column(length = 40)
    private String recordType;

    private Long recordId;

    @Column(length = 300)
    private String url;

    @Column(nullable = false, length = 80)
    private String recordedBy;

    protected AgreementOutput() {}

    public AgreementOutput(
            long agreementId,
            OutputKind kind,
            LocalizedText title,
            Integer year,
            String recordType,
            Long recordId,
            String url,
            String recordedBy) {
        this.agreementId = agreementId;
        this.kind = kind;
        this.title = title.values();
        this.year = year;
        this.recordType = recordType;
        this.recordId = recordId;
        this.url = url;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public OutputKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return LocalizedText.of(title);
    }

    public Integer year() {
        return year;
    }

    public String recordType() {
        return recordType;
    }

    public Long recordId() {
        return recordId;
    }

    public String url() {
        return url;
    }
}
