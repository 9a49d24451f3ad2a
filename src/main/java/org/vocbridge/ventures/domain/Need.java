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
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.NeedSummary;

/** Something a venture needs: funding, mentors, premises, hires. */
@Entity
@Table(name = "ventures_need")
@Getter
class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long ventureId;

    @Enumerated(EnumType.STRING)
    private NeedKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;

    private BigDecimal amount;
    private String currency;
    private Integer quantity;

    @Enumerated(EnumType.STRING)
    private NeedStatus status;

    private Instant updatedAt;

    protected Need() {}

    Need(long ventureId) {
        this.ventureId = ventureId;
    }

    void apply(NeedDraft d) {
        kind = d.kind();
        description = d.description();
        amount = d.amount();
        currency = d.currency();
        quantity = d.quantity();
        status = d.status();
        updatedAt = Instant.now();
    }

    NeedSummary summary() {
        return new NeedSummary(
                id,
                ventureId,
                version,
                kind,
                LocalizedText.of(description),
                amount,
                currency,
                quantity,
                status,
                updatedAt);
    }
}
