package org.vocbridge.library.domain;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceHit;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.search.FullTextBinder;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.Codes;

/**
 * A resource of the library. Its content is in one language; a translation is another resource
 * naming this one as its original. Published resources are in the search index with their
 * audience; the words of the newest file are indexed too.
 */
@Entity
@Table(name = "library_resource")
@Indexed(index = "resource", routingBinder = @RoutingBinderRef(type = PublishedOnly.class))
@Getter
class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ResourceKind kind;

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

    /** The BCP 47 tag of the language the resource itself is written in. */
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
    private String educationLevel;

    private Integer durationHours;

    private BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Licence licence;

    @Enumerated(EnumType.STRING)
    private ResourceVisibility visibility;

    @Enumerated(EnumType.STRING)
    private ResourceStatus status = ResourceStatus.SUBMITTED;

    private String reviewNote;

    private String submittedBy;

    private Instant submittedAt = Instant.now();

    private String reviewedBy;

    private Instant publishedAt;

    private long downloads;

    /** The words of the newest file (PDF, DOCX, ODT, or a package's titles), for search only. */
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(type = FullTextBinder.class, params = @Param(name = "field", value = "content")))
    private String contentText;

    /** Made up for the demo data, marked wherever it shows. */
    private boolean demo;

    private Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "library_resource_owner", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "organization_id")
    @GenericField(name = "owners")
    private Set<Long> owners = new TreeSet<>();

    /** The people of the directory who wrote it. */
    @ElementCollection
    @CollectionTable(name = "library_resource_author", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "person_id")
    private Set<Long> authors = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "library_resource_country", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "code")
    @KeywordField(name = SearchableType.COUNTRIES)
    private Set<String> countries = new TreeSet<>();

    @Embedded
    @AssociationOverride(
            name = "fields",
            joinTable = @JoinTable(name = "library_resource_field", joinColumns = @JoinColumn(name = "resource_id")))
    @AssociationOverride(
            name = "occupations",
            joinTable =
                    @JoinTable(name = "library_resource_occupation", joinColumns = @JoinColumn(name = "resource_id")))
    @AssociationOverride(
            name = "escoOccupations",
            joinTable = @JoinTable(name = "library_resource_esco", joinColumns = @JoinColumn(name = "resource_id")))
    @IndexedEmbedded
    private Codes codes = Codes.NONE;

    @ElementCollection
    @CollectionTable(name = "library_resource_link", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<ResourceLink> links = new ArrayList<>();

    protected Resource() {}

    Resource(String submittedBy, boolean demo) {
        this.submittedBy = submittedBy;
        this.demo = demo;
    }

    /**
     * Sets what the submitter describes, with the codes the service widened from the draft; the
     * review state is left as it is.
     */
    void describe(ResourceDraft draft, Codes codes) {
        this.kind = draft.kind();
        this.title = LocalizedText.of(draft.title()).values();
        this.summary = LocalizedText.of(draft.summary()).values();
        this.contentLanguage = LocalizedText.normalizeTag(draft.language());
        this.translationOf = draft.translationOf();
        this.allianceId = draft.allianceId();
        this.agreementId = draft.agreementId();
        this.educationLevel = draft.educationLevel();
        this.durationHours = draft.durationHours();
        this.credits = draft.credits();
        this.licence = draft.licence();
        this.visibility = draft.visibility();
        this.owners.clear();
        this.owners.addAll(draft.owners());
        this.authors.clear();
        this.authors.addAll(draft.authors());
        this.countries.clear();
        draft.countries().forEach(c -> countries.add(c.strip().toUpperCase(Locale.ROOT)));
        this.codes = codes;
        this.links.clear();
        draft.links().forEach(l -> links.add(new ResourceLink(l.url().strip(), l.label())));
        this.updatedAt = Instant.now();
    }

    /** Submitted again after corrections: back to the reviewer. */
    void resubmit(String by) {
        this.status = ResourceStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
    }

    void publish(String by, String note) {
        this.status = ResourceStatus.PUBLISHED;
        this.reviewedBy = by;
        this.reviewNote = note;
        if (publishedAt == null) {
            this.publishedAt = Instant.now();
        }
        this.updatedAt = Instant.now();
    }

    void giveBack(String by, String note) {
        this.status = ResourceStatus.RETURNED;
        this.reviewedBy = by;
        this.reviewNote = note;
        this.updatedAt = Instant.now();
    }

    void contentText(String text) {
        this.contentText = text == null || text.isBlank() ? null : text;
    }

    boolean isPublicToAll() {
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

    /** The first country it applies to, for search hits and the global country filter. */
    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
    public String getFirstCountry() {
        return countries.isEmpty() ? null : countries.iterator().next();
    }

    boolean isVersion(long expected) {
        return version == expected;
    }

    LocalizedText title() {
        return LocalizedText.of(title);
    }

    LocalizedText summary() {
        return LocalizedText.of(summary);
    }

    /** When it was published, or submitted while it is not. */
    Instant writtenAt() {
        return publishedAt != null ? publishedAt : submittedAt;
    }

    Set<Long> authors() {
        return Set.copyOf(authors);
    }

    Set<Long> owners() {
        return Set.copyOf(owners);
    }

    Set<String> countries() {
        return new TreeSet<>(countries);
    }

    Codes codes() {
        return codes.detached();
    }

    List<ResourceSummary.Link> links() {
        return links.stream()
                .map(l -> new ResourceSummary.Link(l.url(), l.label()))
                .toList();
    }

    /** The resource as a list shows it. */
    ResourceHit hit() {
        return new ResourceHit(
                id,
                kind,
                title(),
                summary(),
                contentLanguage,
                countries(),
                licence,
                visibility,
                status,
                allianceId,
                downloads,
                demo,
                submittedAt,
                publishedAt);
    }
}
