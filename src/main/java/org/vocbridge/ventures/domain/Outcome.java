package org.vocbridge.ventures.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.ventures.OutcomeKind;
import org.vocbridge.ventures.Verification;

/**
 * What a venture achieved, with what shows it (a link, a file) and who vouched for it. A change of
 * the figure takes the verification back: it was given for the figure as it was.
 */
@Entity
@Table(name = "ventures_outcome")
@Getter
class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long ventureId;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    private Integer quantity;
    private BigDecimal amount;
    private String currency;
    private boolean undisclosed;
    private LocalDate asOf;
    private String reference;
    private String office;
    private String evidenceUrl;
    private String evidenceKey;
    private String evidenceName;
    private String evidenceType;
    private String verifiedBy;
    private Long verifierOrganizationId;
    private Long verifierAllianceId;
    private Instant verifiedAt;
    private Instant updatedAt;

    protected Outcome() {}

    Outcome(long ventureId) {
        this.ventureId = ventureId;
    }

    void apply(OutcomeDraft d) {
        boolean sameFigure = kind == d.kind()
                && java.util.Objects.equals(quantity, d.quantity())
                && (amount == null ? d.amount() == null : d.amount() != null && amount.compareTo(d.amount()) == 0)
                && java.util.Objects.equals(currency, d.currency())
                && undisclosed == d.undisclosed()
                && java.util.Objects.equals(asOf, d.asOf())
                && java.util.Objects.equals(reference, d.reference());
        if (!sameFigure) {
            unverify();
        }
        kind = d.kind();
        title = d.title();
        quantity = d.quantity();
        amount = d.amount();
        currency = d.currency();
        undisclosed = d.undisclosed();
        asOf = d.asOf();
        reference = d.reference();
        office = d.office();
        evidenceUrl = d.evidenceUrl();
        updatedAt = Instant.now();
    }

    void attachEvidence(String key, String name, String mediaType) {
        evidenceKey = key;
        evidenceName = name;
        evidenceType = mediaType;
        updatedAt = Instant.now();
    }

    void verify(String by, Long organizationId, Long allianceId) {
        verifiedBy = by;
        verifierOrganizationId = organizationId;
        verifierAllianceId = allianceId;
        verifiedAt = Instant.now();
    }

    void unverify() {
        verifiedBy = null;
        verifierOrganizationId = null;
        verifierAllianceId = null;
        verifiedAt = null;
    }

    Verification verification() {
        if (verifiedAt != null) {
            return Verification.VERIFIED;
        }
        return evidenceUrl != null || evidenceKey != null ? Verification.EVIDENCE_ATTACHED : Verification.SELF_REPORTED;
    }
}
