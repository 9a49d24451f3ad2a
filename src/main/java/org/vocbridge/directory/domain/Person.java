package org.vocbridge.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.MultilingualAnalysis;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.CodeHierarchy;

/** A person: a contact of an organization, or an expert appointed to an alliance's think tank. */
@Entity
@Table(name = "directory_person")
@Indexed(index = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    /** The name in several scripts: zh 本森·坎蒙, en Bounsen Khammone, lo ບຸນເສັງ… */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> position;

    /** A short biography. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    @Column(length = 2)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    /** Contact for editors only; never indexed or shown to the public. */
    @Column(length = 200)
    private String email;

    @ManyToMany
    @JoinTable(
            name = "directory_person_affiliation",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> affiliations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_person_field", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "code", length = 4)
    private Set<String> fields = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_person_occupation", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "code", length = 4)
    private Set<String> occupations = new TreeSet<>();

    /** ESCO occupations by URI; their ISCO-08 groups are among {@code occupations}. */
    @ElementCollection
    @CollectionTable(name = "directory_person_esco", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "uri", length = 200)
    private Set<String> escoOccupations = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_person_keyword", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "keyword", length = 100)
    @FullTextField(analyzer = MultilingualAnalysis.ICU)
    private Set<String> keywords = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "tag", length = 35)
    private Set<String> languages = new TreeSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate desc, id desc")
    private List<Appointment> appointments = new ArrayList<>();

    protected Person() {}

    public Person(LocalizedText name) {
        this.name = name.values();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalizedText name() {
        return LocalizedText.of(name);
    }

    public LocalizedText position() {
        return LocalizedText.of(position);
    }

    public LocalizedText description() {
        return LocalizedText.of(description);
    }

    public String country() {
        return country;
    }

    public String email() {
        return email;
    }

    public Set<Organization> affiliations() {
        return affiliations;
    }

    public Set<String> fields() {
        return Set.copyOf(fields);
    }

    public Set<String> occupations() {
        return Set.copyOf(occupations);
    }

    public Set<String> escoOccupations() {
        return new TreeSet<>(escoOccupations);
    }

    public Set<String> keywords() {
        return Set.copyOf(keywords);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public List<Appointment> appointments() {
        return appointments;
    }

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
        return org.vocbridge.search.LocalizedTextBinder.toJson(position());
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

    public void update(
            LocalizedText name,
            LocalizedText position,
            LocalizedText description,
            String country,
            String email,
            Set<Organization> affiliations,
            Set<String> fields,
            Set<String> occupations,
            Set<String> escoOccupations,
            Set<String> keywords,
            Set<String> languages) {
        this.name = name.values();
        this.position = position.values();
        this.description = description.values();
        this.country = country;
        this.email = email;
        this.affiliations.clear();
        this.affiliations.addAll(affiliations);
        this.fields.clear();
        this.fields.addAll(fields);
        this.occupations.clear();
        this.occupations.addAll(occupations);
        this.escoOccupations.clear();
        this.escoOccupations.addAll(escoOccupations);
        this.keywords.clear();
        this.keywords.addAll(keywords);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public Appointment appoint(
            Alliance alliance, LocalizedText role, java.time.LocalDate from, java.time.LocalDate to, String document) {
        Appointment appointment = new Appointment(this, alliance, role, from, to, document);
        appointments.add(0, appointment);
        return appointment;
    }

    public boolean isVersion(long loaded) {
        return version == loaded;
    }
}
