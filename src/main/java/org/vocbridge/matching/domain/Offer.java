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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.matching.OfferSummary;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** What a college can provide: a programme, its field and level, places per cohort, where it can teach. */
@Entity
@Indexed(index = "offer")
@Table(name = "matching_offer")
class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long organizationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> programme;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> trainingBases;

    @JdbcTypeCode(SqlTypes.JSON)
    private OfferProfile profile;

    /** The ISCO-08 codes given, with the unit groups of the ESCO occupations named. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> iscoGroups;

    private String escoVersion;

    /** The skills ticked and those of the library resources it teaches from. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> taughtSkills;

    @Enumerated(EnumType.STRING)
    private PostingStatus status = PostingStatus.OPEN;

    private boolean demo;

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    protected Offer() {}

    Offer(long organizationId, Long createdBy, boolean demo, Instant now) {
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = now;
    }

    void update(OfferDraft d, List<String> groups, List<String> taught, String esco, Instant now) {
        this.taughtSkills = List.copyOf(taught);
        this.programme = LocalizedText.of(d.programme()).values();
        this.description = LocalizedText.of(d.description()).values();
        this.trainingBases = LocalizedText.of(d.trainingBases()).values();
        this.profile = d.profile();
        this.iscoGroups = List.copyOf(groups);
        this.escoVersion = esco;
        this.status = d.status() == null ? PostingStatus.OPEN : d.status();
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long organizationId() {
        return organizationId;
    }

    long version() {
        return version;
    }

    boolean open() {
        return status == PostingStatus.OPEN;
    }

    List<String> iscoGroups() {
        return iscoGroups;
    }

    OfferProfile profile() {
        return profile;
    }

    /** The skills matching counts as taught. */
    List<String> taughtSkills() {
        return taughtSkills == null ? profile.skills() : taughtSkills;
    }

    OfferSummary summary() {
        return new OfferSummary(
                id(),
                version,
                organizationId,
                LocalizedText.of(programme),
                LocalizedText.of(description),
                LocalizedText.of(trainingBases),
                profile,
                taughtSkills(),
                escoVersion,
                status,
                demo,
                updatedAt);
    }

    /** The first country it names, shown on its search hit. */
    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "profile")))
    public String getSearchCountry() {
        return profile.countries().isEmpty() ? null : profile.countries().get(0);
    }

    /** The countries it is found under by the search's country filters. */
    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "profile")))
    public java.util.Set<String> getSearchCountries() {
        return java.util.Set.copyOf(profile.countries());
    }

    /** Who finds it in search: everyone while it is open, nobody once closed. */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    public String getSearchAudience() {
        return status == PostingStatus.OPEN ? SearchableType.EVERYONE : "closed";
    }

    /** What a search hit shows under the programme: its ISCED-F field. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "profile")))
    public String getSearchDetail() {
        return profile.iscedField() == null ? "" : profile.iscedField();
    }
}
