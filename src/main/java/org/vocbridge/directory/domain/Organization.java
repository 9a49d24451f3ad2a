package org.vocbridge.directory.domain;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.CodeHierarchy;

/** A member organization: a college, university, enterprise, government body, association… */
@Entity
@Table(name = "directory_organization")
@Indexed(index = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganizationKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @Column(length = 40)
    @KeywordField
    private String acronym;

    @Column(nullable = false, length = 2)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> city;

    @Column(length = 300)
    private String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    @ElementCollection
    @CollectionTable(name = "directory_organization_field", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "code", length = 4)
    private Set<String> fields = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_organization_occupation", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "code", length = 4)
    private Set<String> occupations = new TreeSet<>();

    @Column(length = 200)
    private String publicEmail;

    @Column(length = 60)
    private String publicPhone;

    /** Contacts for members and editors only; never indexed or shown to the public. */
    @Column(length = 1000)
    private String privateContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private OrganizationStatus status = OrganizationStatus.ACTIVE;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(length = 64)
    private String logoKey;

    @Column(length = 40)
    private String logoType;

    @OneToMany(mappedBy = "organization")
    private List<Membership> memberships = new ArrayList<>();

    protected Organization() {}

    public Organization(OrganizationKind kind, LocalizedText name, String country) {
        this.kind = kind;
        this.name = name.values();
        this.country = country;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public LocalizedText name() {
        return LocalizedText.of(name);
    }

    public String acronym() {
        return acronym;
    }

    public String country() {
        return country;
    }

    public LocalizedText city() {
        return LocalizedText.of(city);
    }

    public String website() {
        return website;
    }

    public LocalizedText description() {
        return LocalizedText.of(description);
    }

    public Set<String> fields() {
        return Set.copyOf(fields);
    }

    public Set<String> occupations() {
        return Set.copyOf(occupations);
    }

    public String publicEmail() {
        return publicEmail;
    }

    public String publicPhone() {
        return publicPhone;
    }

    public String privateContact() {
        return privateContact;
    }

    public OrganizationStatus status() {
        return status;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String logoKey() {
        return logoKey;
    }

    public String logoType() {
        return logoType;
    }

    /** Sets or, with nulls, removes the logo. */
    public void logo(String key, String mediaType) {
        this.logoKey = key;
        this.logoType = mediaType;
        this.updatedAt = Instant.now();
    }

    public List<Membership> memberships() {
        return memberships;
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

    /** What a search hit shows under the name: the kind. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
    public String getSearchDetail() {
        return kind.name();
    }

    /** ISCED-F fields with every broader field, so that filtering by 07 finds 0715. */
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fields")))
    public Set<String> getFieldsWithAncestors() {
        return CodeHierarchy.withAncestors(fields, CodeHierarchy.ISCED_F_TOP);
    }

    @KeywordField(name = "occupation")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "occupations")))
    public Set<String> getOccupationsWithAncestors() {
        return CodeHierarchy.withAncestors(occupations, CodeHierarchy.ISCO_TOP);
    }

    /** Alliances the organization currently belongs to (approved, active or suspended). */
    @GenericField(name = "alliance")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "memberships"), @PropertyValue(propertyName = "status")}),
                @ObjectPath({@PropertyValue(propertyName = "memberships"), @PropertyValue(propertyName = "alliance")})
            })
    public Set<Long> getAllianceIds() {
        return memberships.stream()
                .filter(m -> m.status().isMember())
                .map(m -> m.alliance().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void update(
            OrganizationKind kind,
            LocalizedText name,
            String acronym,
            String country,
            LocalizedText city,
            String website,
            LocalizedText description,
            Set<String> fields,
            Set<String> occupations,
            String publicEmail,
            String publicPhone,
            String privateContact,
            OrganizationStatus status) {
        this.kind = kind;
        this.name = name.values();
        this.acronym = acronym;
        this.country = country;
        this.city = city.values();
        this.website = website;
        this.description = description.values();
        this.fields.clear();
        this.fields.addAll(fields);
        this.occupations.clear();
        this.occupations.addAll(occupations);
        this.publicEmail = publicEmail;
        this.publicPhone = publicPhone;
        this.privateContact = privateContact;
        this.status = status;
        this.updatedAt = Instant.now();
    }

    /** Compares the version a writer loaded with the stored one. */
    public boolean isVersion(long loaded) {
        return version == loaded;
    }
}
