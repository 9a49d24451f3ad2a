package org.vocbridge.directory.domain;

import jakarta.persistence.AssociationOverride;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.directory.OrganizationStatus;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.Codes;

/** A member organization: a college, university, enterprise, government body, association… */
@Entity
@Table(name = "directory_organization")
@Indexed(index = "organization")
@Getter
class Organization {

    /** Loaded as demo data (made up from public news for the demonstration), shown as such. */
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private boolean demo;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganizationKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @KeywordField
    private String acronym;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> city;

    private String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    @Embedded
    @AssociationOverride(
            name = "fields",
            joinTable =
                    @JoinTable(
                            name = "directory_organization_field",
                            joinColumns = @JoinColumn(name = "organization_id")))
    @AssociationOverride(
            name = "occupations",
            joinTable =
                    @JoinTable(
                            name = "directory_organization_occupation",
                            joinColumns = @JoinColumn(name = "organization_id")))
    @AssociationOverride(
            name = "escoOccupations",
            joinTable =
                    @JoinTable(
                            name = "directory_organization_esco",
                            joinColumns = @JoinColumn(name = "organization_id")))
    @IndexedEmbedded
    private Codes codes = Codes.NONE;

    private String publicEmail;

    private String publicPhone;

    /** Contacts for members and editors only; never indexed or shown to the public. */
    private String privateContact;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private OrganizationStatus status = OrganizationStatus.ACTIVE;

    @GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
    private Instant updatedAt = Instant.now();

    private String logoKey;

    private String logoType;

    @OneToMany(mappedBy = "organization")
    private List<Membership> memberships = new ArrayList<>();

    protected Organization() {}

    Organization(OrganizationDraft draft, Codes codes) {
        update(draft, codes);
    }

    /** Takes what the draft says; the codes are the draft's, widened by the taxonomy where it knows more. */
    void update(OrganizationDraft draft, Codes codes) {
        this.kind = draft.kind();
        this.name = LocalizedText.of(draft.name()).values();
        this.acronym = draft.acronym();
        this.country = draft.country();
        this.city = LocalizedText.of(draft.city()).values();
        this.website = draft.website();
        this.description = LocalizedText.of(draft.description()).values();
        this.codes = codes;
        this.publicEmail = draft.publicEmail();
        this.publicPhone = draft.publicPhone();
        this.privateContact = draft.privateContact();
        this.status = draft.status();
        this.updatedAt = Instant.now();
    }

    void markDemo() {
        this.demo = true;
    }

    OrganizationSummary summary(boolean withPrivate) {
        LocalizedText names = LocalizedText.of(name);
        Codes tagged = codes.detached();
        return new OrganizationSummary(
                id,
                version,
                kind,
                names,
                acronym,
                country,
                LocalizedText.of(city),
                website,
                LocalizedText.of(description),
                tagged.fields(),
                tagged.occupations(),
                tagged.escoOccupations(),
                publicEmail,
                publicPhone,
                withPrivate ? privateContact : null,
                status,
                updatedAt,
                names.missing(Texts.EXPECTED_LANGUAGES),
                logoKey == null ? null : "/organizations/" + id + "/logo?v=" + logoKey.substring(0, 12),
                demo);
    }

    OrganizationLabel label() {
        return new OrganizationLabel(id, name(), country);
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    /** Sets or, with nulls, removes the logo. */
    void logo(String key, String mediaType) {
        this.logoKey = key;
        this.logoType = mediaType;
        this.updatedAt = Instant.now();
    }

    /** Compares the version a writer loaded with the stored one. */
    boolean isVersion(long loaded) {
        return version == loaded;
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
}
