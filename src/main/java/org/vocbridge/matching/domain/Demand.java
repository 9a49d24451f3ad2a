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
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.DemandSummary;
import org.vocbridge.matching.PostingStatus;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** What an organization needs: people to train or hire, training, a joint programme, research, trainers. */
@Entity
@Indexed(index = "demand")
@Table(name = "matching_demand")
class Demand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long organizationId;

    @Enumerated(EnumType.STRING)
    private DemandKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    private DemandProfile profile;

    /** The ISCO-08 codes given, with the unit groups of the ESCO occupations named. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> iscoGroups;

    private String escoVersion;

    @Enumerated(EnumType.STRING)
    private PostingStatus status = PostingStatus.OPEN;

    private boolean demo;

    /** The venture whose need it stands for, posted for it; null when its organization posted it. */
    private Long ventureId;

    private Long ventureNeedId;

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    protected Demand() {}

    Demand(long organizationId, Long createdBy, boolean demo, Instant now) {
        this.organizationId = organizationId;
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = now;
    }

    /** A demand that stands for a venture's need. */
    static Demand forVentureNeed(long organizationId, long ventureId, long needId, boolean demo, Instant now) {
        Demand demand = new Demand(organizationId, null, demo, now);
        demand.ventureId = ventureId;
        demand.ventureNeedId = needId;
        return demand;
    }

    void close(Instant now) {
        this.status = PostingStatus.CLOSED;
        this.updatedAt = now;
    }

    void update(DemandDraft d, List<String> groups, String esco, Instant now) {
        this.kind = d.kind();
        this.title = LocalizedText.of(d.title()).values();
        this.description = LocalizedText.of(d.description()).values();
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

    DemandProfile profile() {
        return profile;
    }

    DemandSummary summary() {
        return new DemandSummary(
                id(),
                version,
                organizationId,
                kind,
                LocalizedText.of(title),
                LocalizedText.of(description),
                profile,
                escoVersion,
                status,
                demo,
                ventureId,
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

    /** What a search hit shows under the title: the kind. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
    public String getSearchDetail() {
        return String.valueOf(kind);
    }
}
