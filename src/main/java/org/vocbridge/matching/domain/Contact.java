package org.vocbridge.matching.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.matching.ContactStatus;
import org.vocbridge.matching.ContactSummary;
import org.vocbridge.matching.DeclineReason;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.MatchSide;

/**
 * A contact one side made from a match, with the match as it was scored then (score, algorithm,
 * weights, explanation), and the other side's answer.
 */
@Entity
@Table(name = "matching_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long demandId;

    private long offerId;

    @Enumerated(EnumType.STRING)
    private MatchSide side;

    private int score;

    private String algorithm;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<ComponentKind, Integer> weights;

    @JdbcTypeCode(SqlTypes.JSON)
    private MatchExplanation explanation;

    @Enumerated(EnumType.STRING)
    private ContactStatus status = ContactStatus.CONTACTED;

    @Enumerated(EnumType.STRING)
    private DeclineReason reason;

    private String contactedBy;

    private String answeredBy;

    private Instant createdAt;

    private Instant answeredAt;

    protected Contact() {}

    Contact(MatchSide side, MatchExplanation match, Weights weights, String contactedBy, Instant now) {
        this.demandId = match.demandId();
        this.offerId = match.offerId();
        this.side = side;
        this.score = match.score();
        this.algorithm = weights.algorithm();
        this.weights = weights.weights();
        this.explanation = match;
        this.contactedBy = contactedBy;
        this.createdAt = now;
    }

    void answer(boolean accepted, DeclineReason reason, String by, Instant now) {
        this.status = accepted ? ContactStatus.ACCEPTED : ContactStatus.DECLINED;
        this.reason = accepted ? null : reason;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long demandId() {
        return demandId;
    }

    long offerId() {
        return offerId;
    }

    MatchSide side() {
        return side;
    }

    ContactStatus status() {
        return status;
    }

    MatchExplanation explanation() {
        return explanation;
    }

    DeclineReason reason() {
        return reason;
    }

    String contactedBy() {
        return contactedBy;
    }

    String answeredBy() {
        return answeredBy;
    }

    ContactSummary summary(
            long demandOrganizationId,
            long offerOrganizationId,
            List<ContactSummary.Message> messages,
            List<ContactSummary.Person> people) {
        return new ContactSummary(
                id(),
                demandId,
                offerId,
                demandOrganizationId,
                offerOrganizationId,
                side,
                score,
                algorithm,
                weights,
                status,
                reason,
                createdAt,
                answeredAt,
                messages,
                people);
    }
}
