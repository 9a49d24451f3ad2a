package org.vocbridge.events.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A delegation to an event, per country or organization; its members register with its invitation code. */
@Entity
@Table(name = "events_delegation")
@Getter
class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> name;

    private String country;

    private Long organizationId;

    private String invitationCode;

    protected Delegation() {}

    Delegation(long eventId, String invitationCode) {
        this.eventId = eventId;
        this.invitationCode = invitationCode;
    }

    void apply(DelegationDraft d) {
        name = d.name();
        country = d.country();
        organizationId = d.organizationId();
    }
}
