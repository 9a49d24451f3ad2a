package org.vocbridge.ventures.domain;

import jakarta.persistence.AssociationOverride;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.taxonomy.Codes;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;

/** A young people's venture or innovation, with every name it goes by; found by the global search. */
@Entity
@Table(name = "ventures_venture")
@Indexed(index = "venture")
@Getter
class Venture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private VentureKind kind;

    private Long parentId;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> pitch;

    /** Its names in each language, then the names it was known by (language null). */
    @ElementCollection
    @CollectionTable(name = "ventures_venture_name", joinColumns = @JoinColumn(name = "venture_id"))
    @OrderColumn(name = "position")
    private List<VentureName> names = new ArrayList<>();

    private String website;
    private String websiteHost;

    // aggregable like every index's country, for the global search reads them all at once
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    private String city;
    private LocalDate founded;
    private String legalForm;
    private String registrationNumber;
    private String registrationKey;
    private String sector;

    @ElementCollection
    @CollectionTable(name = "ventures_venture_sdg", joinColumns = @JoinColumn(name = "venture_id"))
    @Column(name = "goal")
    private Set<Integer> sdgs = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private VentureStage stage;

    private Integer readinessLevel;
    private Long organizationId;
    private Long collegeId;

    /** The cooperation agreement whose joint programme its founders came from. */
    private Long agreementId;

    @Embedded
    @AssociationOverride(
            name = "fields",
            joinTable = @JoinTable(name = "ventures_venture_field", joinColumns = @JoinColumn(name = "venture_id")))
    @AssociationOverride(
            name = "occupations",
            joinTable =
                    @JoinTable(name = "ventures_venture_occupation", joinColumns = @JoinColumn(name = "venture_id")))
    @AssociationOverride(
            name = "escoOccupations",
            joinTable = @JoinTable(name = "ventures_venture_esco", joinColumns = @JoinColumn(name = "venture_id")))
    private Codes codes = Codes.NONE;

    private String logoKey;
    private String logoType;
    private boolean demo;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant profileConfirmedAt;
    private Instant teamConfirmedAt;
    private Instant needsConfirmedAt;
    private Instant figuresConfirmedAt;

    protected Venture() {}

    Venture(Long createdBy, boolean demo) {
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = Instant.now();
        for (FieldGroup group : FieldGroup.values()) {
            confirm(group);
        }
    }

    /** Its keepers say the group's fields are right as they are today. */
    void confirm(FieldGroup group) {
        Instant now = Instant.now();
        switch (group) {
            case PROFILE -> profileConfirmedAt = now;
            case TEAM_AND_STAGE -> teamConfirmedAt = now;
            case NEEDS -> needsConfirmedAt = now;
            case FIGURES -> figuresConfirmedAt = now;
        }
    }

    Instant confirmedAt(FieldGroup group) {
        return switch (group) {
            case PROFILE -> profileConfirmedAt;
            case TEAM_AND_STAGE -> teamConfirmedAt;
            case NEEDS -> needsConfirmedAt;
            case FIGURES -> figuresConfirmedAt;
        };
    }

    /** Saves the form: its profile is confirmed, and so is the stage when it was changed. */
    void apply(VentureDraft d) {
        if (stage != null && stage != d.stage()) {
            confirm(FieldGroup.TEAM_AND_STAGE);
        }
        confirm(FieldGroup.PROFILE);
        kind = d.kind();
        parentId = d.parentId();
        name = d.name();
        pitch = d.pitch();
        names.clear();
        name.forEach((language, text) -> names.add(VentureName.of(language, text)));
        d.alsoKnownAs().forEach(other -> names.add(VentureName.of(null, other)));
        website = d.website() == null || d.website().contains("://") ? d.website() : "https://" + d.website();
        websiteHost = VentureIdentity.hostOf(website);
        country = d.country();
        city = d.city();
        founded = d.founded();
        legalForm = d.legalForm();
        registrationNumber = d.registrationNumber();
        registrationKey = VentureIdentity.registrationOf(country, registrationNumber);
        sector = d.sector();
        sdgs.clear();
        sdgs.addAll(d.sdgs());
        stage = d.stage();
        readinessLevel = d.readinessLevel();
        organizationId = d.organizationId();
        collegeId = d.collegeId();
        agreementId = d.agreementId();
        codes = d.codes();
        updatedAt = Instant.now();
    }

    void logo(String key, String mediaType) {
        logoKey = key;
        logoType = mediaType;
        updatedAt = Instant.now();
    }

    /**
     * Takes in what another record of the same venture knows: its names in languages this one lacks,
     * its other names as names this one goes by, its goals, and the fields this one left empty.
     */
    void absorb(Venture other) {
        name = new java.util.HashMap<>(name);
        pitch = new java.util.HashMap<>(pitch);
        Set<String> known = new HashSet<>();
        names.forEach(n -> known.add(n.name()));
        other.name.forEach((language, text) -> {
            if (!name.containsKey(language)) {
                name.put(language, text);
                names.add(VentureName.of(language, text));
                known.add(text);
            }
        });
        other.names.stream()
                .map(VentureName::name)
                .filter(known::add)
                .forEach(text -> names.add(VentureName.of(null, text)));
        other.pitch.forEach(pitch::putIfAbsent);
        if (website == null) {
            website = other.website;
            websiteHost = other.websiteHost;
        }
        if (registrationNumber == null) {
            legalForm = legalForm == null ? other.legalForm : legalForm;
            registrationNumber = other.registrationNumber;
            registrationKey = other.registrationKey;
        }
        city = city == null ? other.city : city;
        founded = founded == null ? other.founded : founded;
        sector = sector == null ? other.sector : sector;
        readinessLevel = readinessLevel == null ? other.readinessLevel : readinessLevel;
        organizationId = organizationId == null ? other.organizationId : organizationId;
        collegeId = collegeId == null ? other.collegeId : collegeId;
        agreementId = agreementId == null ? other.agreementId : agreementId;
        if (logoKey == null) {
            logo(other.logoKey, other.logoType);
        }
        codes = Codes.of(
                java.util.stream.Stream.concat(codes.fields().stream(), other.codes.fields().stream())
                        .toList(),
                java.util.stream.Stream.concat(codes.occupations().stream(), other.codes.occupations().stream())
                        .toList(),
                java.util.stream.Stream.concat(codes.escoOccupations().stream(), other.codes.escoOccupations().stream())
                        .toList());
        sdgs.addAll(other.sdgs);
        updatedAt = Instant.now();
    }

    List<String> alsoKnownAs() {
        return names.stream()
                .filter(n -> n.language() == null)
                .map(VentureName::name)
                .toList();
    }

    VentureIdentity identity() {
        return new VentureIdentity(
                names.stream().map(VentureName::keys).distinct().toList(),
                websiteHost,
                registrationKey,
                organizationId);
    }

    boolean isOwnedBy(Long userId) {
        return userId != null && Objects.equals(createdBy, userId);
    }

    /** The countries it is found under by the search's country filters. */
    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "country")))
    public Set<String> getSearchCountries() {
        return country == null ? Set.of() : Set.of(country);
    }

    /** Who finds it in search: everyone. */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchAudience() {
        return SearchableType.EVERYONE;
    }

    /** What a search hit shows under the name: the kind and the stage. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "stage"))
            })
    public String getSearchDetail() {
        return kind + " " + stage;
    }
}
