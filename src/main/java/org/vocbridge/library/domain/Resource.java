package org.vocbridge.library.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.FullTextBinder;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.CodeHierarchy;

/**
 * A resource of the library. Its content is in one language; a translation is another resource
 * naming this one as its original. Published resources are in the search index with their
 * audience; the words of the newest file are indexed too.
 */
@Entity
@Table(name = "library_resource")
@Indexed(index = "resource", routingBinder = @RoutingBinderRef(type = PublishedOnly.class))
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ResourceKind kind;

    /** Indexed as {@code name}, like every record's title in the global search. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
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

    /** The BCP 47 tag of the language the resource itself is written in. */
    @Column(nullable = false, length = 35)
    @KeywordField(name = "language")
    private String contentLanguage;

    /** The original this resource translates, if it is a translation. */
    private Long translationOf;

    /** The alliance whose secretariat reviews it and whose members see it when it is for members only. */
    @GenericField(name = "alliance")
    private Long allianceId;

    /** The agreement (cooperation) that produced it. */
    private Long agreementId;

    /** ISCED 2011 level, 0 to 8. */
    @Column(length = 2)
    private String educationLevel;

    private Integer durationHours;

    private BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResourceVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ResourceStatus status = ResourceStatus.SUBMITTED;

    @Column(length = 2000)
    private String reviewNote;

    @Column(nullable = false, length = 80)
    private String submittedBy;

    @Column(nullable = false)
    private Instant submittedAt = Instant.now();

    @Column(length = 80)
    private String reviewedBy;

    private Instant publishedAt;

    private long downloads;

    /** The words of the newest file (PDF, DOCX, ODT, or a package's titles), for search only. */
    @Column(length = 200_000)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(type = FullTextBinder.class, params = @Param(name = "field", value = "content")))
    private String contentText;

    /** Made up for the demo data, marked wherever it shows. */
    private boolean demo;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "library_resource_owner", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "organization_id")
    @GenericField(name = "owners")
    private Set<Long> owners = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_resource_country", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "code", length = 2)
    @KeywordField(name = SearchableType.COUNTRIES)
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_resource_field", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "code", length = 4)
    private Set<String> fields = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_resource_occupation", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "code", length = 4)
    private Set<String> occupations = new TreeSet<>();

    /** ESCO occupations by URI; their ISCO-08 groups are among {@code occupations}. */
    @ElementCollection
    @CollectionTable(name = "library_resource_esco", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "uri", length = 200)
    private Set<String> escoOccupations = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_resource_link", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<ResourceLink> links = new ArrayList<>();

    protected Resource() {}

    public Resource(ResourceKind kind, String submittedBy, boolean demo) {
        this.kind = kind;
        this.submittedBy = submittedBy;
        this.demo = demo;
    }

    /** Sets what the submitter describes; the review state is left as it is. */
    public void describe(
            ResourceKind kind,
            LocalizedText title,
            LocalizedText summary,
            String contentLanguage,
            Long translationOf,
            Long allianceId,
            Long agreementId,
            String educationLevel,
            Integer durationHours,
            BigDecimal credits,
            Licence licence,
            ResourceVisibility visibility,
            Set<Long> owners,
            Set<String> countries,
            Set<String> fields,
            Set<String> occupations,
            Set<String> escoOccupations,
            List<ResourceLink> links) {
        this.kind = kind;
        this.title = title.values();
        this.summary = summary.values();
        this.contentLanguage = contentLanguage;
        this.translationOf = translationOf;
        this.allianceId = allianceId;
        this.agreementId = agreementId;
        this.educationLevel = educationLevel;
        this.durationHours = durationHours;
        this.credits = credits;
        this.licence = licence;
        this.visibility = visibility;
        this.owners.clear();
        this.owners.addAll(owners);
        this.countries.clear();
        this.countries.addAll(countries);
        this.fields.clear();
        this.fields.addAll(fields);
        this.occupations.clear();
        this.occupations.addAll(occupations);
        this.escoOccupations.clear();
        this.escoOccupations.addAll(escoOccupations);
        this.links.clear();
        this.links.addAll(links);
        this.updatedAt = Instant.now();
    }

    /** Submitted again after corrections: back to the reviewer. */
    public void resubmit(String by) {
        this.status = ResourceStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
    }

    public void publish(String by, String note) {
        this.status = ResourceStatus.PUBLISHED;
        this.reviewedBy = by;
        this.reviewNote = note;
        if (publishedAt == null) {
            this.publishedAt = Instant.now();
        }
        this.updatedAt = Instant.now();
    }

    public void giveBack(String by, String note) {
        this.status = ResourceStatus.RETURNED;
        this.reviewedBy = by;
        this.reviewNote = note;
        this.updatedAt = Instant.now();
    }

    public void contentText(String text) {
        this.contentText = text == null || text.isBlank() ? null : text;
    }

    public boolean isPublicToAll() {
        return status == ResourceStatus.PUBLISHED && visibility == ResourceVisibility.PUBLIC;
    }

    /** What a search hit shows under the title: the kind. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
    public String getSearchDetail() {
        return kind.name();
    }

    /** Who finds it: everyone, or (for members only) the alliance's members and the owners' editors. */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "visibility")),
                @ObjectPath(@PropertyValue(propertyName = "allianceId")),
                @ObjectPath(@PropertyValue(propertyName = "owners"))
            })
    public Set<String> getSearchAudience() {
        if (visibility == ResourceVisibility.PUBLIC) {
            return Set.of(SearchableType.EVERYONE);
        }
        Set<String> audience = new TreeSet<>();
        if (allianceId != null) {
            audience.add(membersOf(allianceId));
        }
        owners.forEach(owner -> audience.add(editorsOf(owner)));
        return audience;
    }

    public static String membersOf(long allianceId) {
        return "alliance:" + allianceId;
    }

    public static String editorsOf(long organizationId) {
        return "organization:" + organizationId;
    }

    /** ISCED-F fields with every broader field, so that filtering by 07 finds 0715. */
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fields")))
    public Set<String> getFieldsWithAncestors() {
        return CodeHierarchy.withAncestors(fields, CodeHierarchy.ISCED_F_TOP);
    }

    /** ISCO-08 occupations with every broader group, so that searching 72 finds 7212. */
    @KeywordField(name = "occupation")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "occupations")))
    public Set<String> getOccupationsWithAncestors() {
        return CodeHierarchy.withAncestors(occupations, CodeHierarchy.ISCO_TOP);
    }

    /** The first country it applies to, for search hits and the global country filter. */
    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
    public String getFirstCountry() {
        return countries.isEmpty() ? null : countries.iterator().next();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public boolean isVersion(long expected) {
        return version == expected;
    }

    public ResourceKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return LocalizedText.of(title);
    }

    public LocalizedText summary() {
        return LocalizedText.of(summary);
    }

    public String contentLanguage() {
        return contentLanguage;
    }

    public Long translationOf() {
        return translationOf;
    }

    public Long allianceId() {
        return allianceId;
    }

    public Long agreementId() {
        return agreementId;
    }

    public String educationLevel() {
        return educationLevel;
    }

    public Integer durationHours() {
        return durationHours;
    }

    public BigDecimal credits() {
        return credits;
    }

    public Licence licence() {
        return licence;
    }

    public ResourceVisibility visibility() {
        return visibility;
    }

    public ResourceStatus status() {
        return status;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long downloads() {
        return downloads;
    }

    public boolean demo() {
        return demo;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Long> owners() {
        return Set.copyOf(owners);
    }

    public Set<String> countries() {
        return new TreeSet<>(countries);
    }

    public Set<String> fields() {
        return new TreeSet<>(fields);
    }

    public Set<String> occupations() {
        return new TreeSet<>(occupations);
    }

    public Set<String> escoOccupations() {
        return new TreeSet<>(escoOccupations);
    }

    public List<ResourceLink> links() {
        return List.copyOf(links);
    }
}
