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
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.cooperation.OutputSummary;
import org.vocbridge.shared.LocalizedText;

/**
 * Something an agreement produced: a standard, a course, a training base. When the output is a
 * record of another module (a library resource), it is linked by that record's type and id.
 */
@Entity
@Table(name = "cooperation_output")
@Getter
class AgreementOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;

    @Enumerated(EnumType.STRING)
    private OutputKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    @Column(name = "output_year")
    private Integer year;

    private String recordType;

    private Long recordId;

    private String url;

    private String recordedBy;

    protected AgreementOutput() {}

    AgreementOutput(long agreementId, OutputDraft draft, String recordedBy) {
        this.agreementId = agreementId;
        this.recordedBy = recordedBy;
        describe(draft);
    }

    void describe(OutputDraft draft) {
        this.kind = draft.kind();
        this.title = LocalizedText.of(draft.title()).values();
        this.year = draft.year();
        this.recordType = draft.recordType();
        this.recordId = draft.recordId();
        this.url = draft.url();
    }

    OutputSummary summary() {
        return new OutputSummary(id, agreementId, kind, LocalizedText.of(title), year, recordType, recordId, url);
    }
}
