package org.vocbridge.events.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A booth of an event's online exhibition: one organization's showcase of its resources, agreements and ventures. */
@Entity
@Table(name = "events_booth")
@Getter
class Booth {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long eventId;

    private long organizationId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;

    @ElementCollection
    @CollectionTable(name = "events_booth_resource", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    @Column(name = "resource_id")
    private List<Long> resources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_booth_agreement", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    @Column(name = "agreement_id")
    private List<Long> agreements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_booth_venture", joinColumns = @JoinColumn(name = "booth_id"))
    @OrderColumn(name = "position")
    @Column(name = "venture_id")
    private List<Long> ventures = new ArrayList<>();

    private Instant updatedAt;

    protected Booth() {}

    Booth(long eventId, long organizationId) {
        this.eventId = eventId;
        this.organizationId = organizationId;
    }

    void apply(BoothDraft d) {
        title = d.title();
        description = d.description();
        resources.clear();
        resources.addAll(d.resources());
        agreements.clear();
        agreements.addAll(d.agreements());
        ventures.clear();
        ventures.addAll(d.ventures());
        updatedAt = Instant.now();
    }

    /** Shows the venture kept in place of one merged into it, once. */
    void replaceVenture(long merged, long into) {
        List<Long> shown =
                ventures.stream().map(v -> v == merged ? into : v).distinct().toList();
        ventures.clear();
        ventures.addAll(shown);
        updatedAt = Instant.now();
    }
}
