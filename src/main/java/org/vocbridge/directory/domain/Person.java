package org.vocbridge.directory.domain;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.MultilingualAnalysis;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;
import org.vocbridge.taxonomy.Codes;

/** A person: a contact of an organization, or an expert appointed to an alliance's think tank. */
@Entity
@Table(name = "directory_person")
@Indexed(index = "person")
@Getter
class Person {

    /** Loaded as demo data (made up from public news for the demonstration), shown as such. */
    private boolean demo;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    /** The name in several scripts: zh 本森·坎蒙, en Bounsen Khammone, lo ບຸນເສັງ… */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> position;

    /** A short biography. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    /** Contact for editors only; never indexed or shown to the public. */
    private String email;

    @ManyToMany
    @JoinTable(
            name = "directory_person_affiliation",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> affiliations = new LinkedHashSet<>();

    @Embedded
    @AssociationOverride(
            name = "fields",
            joinTable = @JoinTable(name = "directory_person_field", joinColumns = @JoinColumn(name = "person_id")))
    @AssociationOverride(
            name = "occupations",
            joinTable = @JoinTable(name = "directory_person_occupation", joinColumns = @JoinColumn(name = "person_id")))
    @AssociationOverride(
            name = "escoOccupations",
            joinTable = @JoinTable(name = "directory_person_esco", joinColumns = @JoinColumn(name = "person_id")))
    @IndexedEmbedded
    private Codes codes = Codes.NONE;

    @ElementCollection
    @CollectionTable(name = "directory_person_keyword", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "keyword")
    @FullTextField(analyzer = MultilingualAnalysis.ICU)
    private Set<String> keywords = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "tag")
    private Set<String> languages = new TreeSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate desc, id desc")
    private List<Appointment> appointments = new ArrayList<>();

    protected Person() {}

    Person(PersonDraft draft, Set<Organization> affiliations, Codes codes) {
        update(draft, affiliations, codes);
    }

    /** Takes what the draft says, with the affiliations and codes the service resolved from it. */
    void update(PersonDraft draft, Set<Organization> affiliations, Codes codes) {
        this.name = LocalizedText.of(draft.name()).values();
        this.position = LocalizedText.of(draft.position()).values();
        this.description = LocalizedText.of(draft.description()).values();
        this.country = draft.country();
        this.email = draft.email();
        this.affiliations.clear();
        this.affiliations.addAll(affiliations);
        this.codes = codes;
        this.keywords.clear();
        this.keywords.addAll(draft.keywords());
        this.languages.clear();
        draft.languages().stream().map(LocalizedText::normalizeTag).forEach(this.languages::add);
    }

    void markDemo() {
        this.demo = true;
    }

    PersonSummary summary(boolean withPrivate) {
        LocalizedText names = LocalizedText.of(name);
        Codes tagged = codes.detached();
        return new PersonSummary(
                id,
                version,
                names,
                LocalizedText.of(position),
                LocalizedText.of(description),
                country,
                withPrivate ? email : null,
                affiliations.stream()
                        .sorted(Comparator.comparing(Organization::id))
                        .map(o -> new PersonSummary.Affiliation(o.id(), o.name()))
                        .toList(),
                tagged.fields(),
                tagged.occupations(),
                tagged.escoOccupations(),
                Set.copyOf(keywords),
                Set.copyOf(languages),
                appointments.stream().map(Appointment::summary).toList(),
                names.missing(Texts.EXPECTED_LANGUAGES),
                demo);
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    Appointment appoint(Alliance alliance, LocalizedText role, LocalDate from, LocalDate to, String document) {
        Appointment appointment = new Appointment(this, alliance, role, from, to, document);
        appointments.add(0, appointment);
        return appointment;
    }

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

    /** What a search hit shows under the name: the position, in every language, as JSON. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "position")))
    public String getSearchDetail() {
        return LocalizedTextBinder.toJson(LocalizedText.of(position));
    }

    /** Whether the person holds a think-tank appointment: listed as an expert. */
    @GenericField(name = "expert")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "appointments")))
    public boolean isExpert() {
        return !appointments.isEmpty();
    }

    @GenericField(name = "organization")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "affiliations")))
    public Set<Long> getAffiliationIds() {
        return affiliations.stream().map(Organization::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
