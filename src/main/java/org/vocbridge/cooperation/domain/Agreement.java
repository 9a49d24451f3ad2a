package org.vocbridge.cooperation.domain;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.Codes;

/**
 * An agreement between two or more organizations, from draft to signed to completed. Only public
 * (signed and later) agreements are in the search index: drafts never show in search.
 */
@Entity
@Table(name = "cooperation_agreement")
@Indexed(index = "agreement", routingBinder = @RoutingBinderRef(type = PublicAgreementsOnly.class))
@Getter
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Indexed as {@code name}, like every record's title in the global search. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> title;

    /** Indexed as {@code description}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> summary;

    /** The alliance the agreement counts for: one its secretariat accepted (or filed it under). */
    private Long allianceId;

    /** An alliance a party asked the agreement to count for, until its secretariat decides. */
    private Long proposedAllianceId;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private LocalDate signedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> signedPlace;

    private String signatories;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> ceremony;

    /** Made-up figures and records of the demo data, marked as such wherever they show. */
    private boolean demo;

    private String createdBy;

    private Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "cooperation_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cooperation_agreement_type", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "type")
    @Enumerated(EnumType.STRING)
    private Set<CooperationType> types = EnumSet.noneOf(CooperationType.class);

    @Embedded
    @AssociationOverride(
            name = "fields",
            joinTable =
                    @JoinTable(name = "cooperation_agreement_field", joinColumns = @JoinColumn(name = "agreement_id")))
    @AssociationOverride(
            name = "occupations",
            joinTable =
                    @JoinTable(
                            name = "cooperation_agreement_occupation",
                            joinColumns = @JoinColumn(name = "agreement_id")))
    @AssociationOverride(
            name = "escoOccupations",
            joinTable =
                    @JoinTable(name = "cooperation_agreement_esco", joinColumns = @JoinColumn(name = "agreement_id")))
    @IndexedEmbedded
    private Codes codes = Codes.NONE;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<JointProgramme> programmes = new ArrayList<>();

    protected Agreement() {}

    Agreement(String createdBy) {
        this.createdBy = createdBy;
    }

    LocalizedText title() {
        return LocalizedText.of(title);
    }

    LocalizedText summary() {
        return LocalizedText.of(summary);
    }

    LocalizedText signedPlace() {
        return LocalizedText.of(signedPlace);
    }

    LocalizedText ceremony() {
        return LocalizedText.of(ceremony);
    }

    List<Party> parties() {
        return List.copyOf(parties);
    }

    Set<CooperationType> types() {
        return types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    }

    Codes codes() {
        return codes.detached();
    }

    List<StatusChange> history() {
        return List.copyOf(history);
    }

    /**
     * Names the alliance the draft asks for: at once when {@code accepted} (its secretariat or an
     * admin asks), else as proposed to its secretariat; an alliance already accepted stays.
     */
    void nameAlliance(Long requested, boolean accepted) {
        if (requested == null) {
            allianceId = null;
            proposedAllianceId = null;
        } else if (accepted || requested.equals(allianceId)) {
            allianceId = requested;
            proposedAllianceId = null;
        } else {
            allianceId = null;
            proposedAllianceId = requested;
        }
    }

    /** The secretariat's decision on the proposed alliance: it counts for it, or no longer asks. */
    void decideAlliance(boolean accept) {
        if (accept) {
            allianceId = proposedAllianceId;
        }
        proposedAllianceId = null;
        updatedAt = Instant.now();
    }

    boolean isVersion(long loaded) {
        return version == loaded;
    }

    /**
     * The terms as recorded or edited, with the parties and codes the service resolved from the
     * draft; the status moves only through {@link #move}.
     */
    void update(AgreementDraft draft, List<Party> parties, Codes codes, boolean demo) {
        this.title = LocalizedText.of(draft.title()).values();
        this.summary = LocalizedText.of(draft.summary()).values();
        this.parties.clear();
        this.parties.addAll(parties);
        this.types.clear();
        this.types.addAll(draft.types());
        this.codes = codes;
        this.startsOn = draft.startsOn();
        this.endsOn = draft.endsOn();
        this.demo = demo;
        sign(draft.signing());
        this.programmes.clear();
        draft.programmes().forEach(p -> programmes.add(new JointProgramme(this, p)));
        this.updatedAt = Instant.now();
    }

    /** The signing: when, where, who signed and at which ceremony. */
    void sign(AgreementDraft.Signing signing) {
        this.signedOn = signing.signedOn();
        this.signedPlace = LocalizedText.of(signing.place()).values();
        this.signatories = signing.signatories();
        this.ceremony = LocalizedText.of(signing.ceremony()).values();
        this.updatedAt = Instant.now();
    }

    void move(AgreementStatus next, LocalDate effectiveOn, String actor, String note) {
        history.add(new StatusChange(this, status, next, effectiveOn, actor, note));
        this.status = next;
        this.updatedAt = Instant.now();
    }

    /** The first record of the history: the agreement was recorded in its first state. */
    void recorded(LocalDate on, String actor) {
        history.add(new StatusChange(this, null, status, on, actor, null));
    }

    /** Every party's country, for the search's country filters. */
    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "parties")))
    public Set<String> getSearchCountries() {
        Set<String> countries = new TreeSet<>();
        parties.forEach(p -> countries.add(p.country()));
        return countries;
    }

    /** Who finds it in search: everyone. */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchAudience() {
        return SearchableType.EVERYONE;
    }

    /** What a search hit shows under the title: the status and the year of signing. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "status")),
                @ObjectPath(@PropertyValue(propertyName = "signedOn"))
            })
    public String getSearchDetail() {
        return status + (signedOn == null ? "" : "|" + signedOn.getYear());
    }

    /** The lead party's country (the first party's when no lead is named), for search hits and filters. */
    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "parties")))
    public String getLeadCountry() {
        return parties.stream()
                .filter(p -> p.role() == PartyRole.LEAD)
                .findFirst()
                .or(() -> parties.stream().findFirst())
                .map(Party::country)
                .orElse(null);
    }
}
