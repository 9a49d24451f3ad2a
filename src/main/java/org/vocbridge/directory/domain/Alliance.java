package org.vocbridge.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** An alliance (network) of organizations, run by a secretariat, with a rotating chair. */
@Entity
@Table(name = "directory_alliance")
@Indexed(index = "alliance")
public class Alliance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @Column(length = 40)
    @KeywordField
    private String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    private LocalDate foundedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> foundedPlace;

    /** The country where the alliance is based (its secretariat's, usually). */
    @Column(length = 2)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    @Column(length = 300)
    private String website;

    private Long secretariatOrganizationId;

    @OneToMany(mappedBy = "alliance")
    private List<Membership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate desc, id desc")
    private List<ChairTerm> chairTerms = new ArrayList<>();

    protected Alliance() {}

    public Alliance(LocalizedText name) {
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

    public String acronym() {
        return acronym;
    }

    public LocalizedText description() {
        return LocalizedText.of(description);
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public LocalizedText foundedPlace() {
        return LocalizedText.of(foundedPlace);
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public Long secretariatOrganizationId() {
        return secretariatOrganizationId;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public List<ChairTerm> chairTerms() {
        return chairTerms;
    }

    public void update(
            LocalizedText name,
            String acronym,
            LocalizedText description,
            LocalDate foundedOn,
            LocalizedText foundedPlace,
            String country,
            String website,
            Long secretariatOrganizationId) {
        this.name = name.values();
        this.acronym = acronym;
        this.description = description.values();
        this.foundedOn = foundedOn;
        this.foundedPlace = foundedPlace.values();
        this.country = country;
        this.website = website;
        this.secretariatOrganizationId = secretariatOrganizationId;
    }

    /** Hands the chair over: the current term ends the day before the new one starts. */
    public ChairTerm handOverChair(Organization chair, LocalDate from, LocalDate to, String note, String actor) {
        chairTerms.stream()
                .filter(t -> t.toDate() == null || !t.toDate().isBefore(from))
                .filter(t -> t.fromDate().isBefore(from))
                .forEach(t -> t.endOn(from.minusDays(1)));
        ChairTerm term = new ChairTerm(this, chair, from, to, note, actor);
        chairTerms.add(0, term);
        return term;
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

    /** What a search hit shows under the name: the acronym, if any. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "acronym")))
    public String getSearchDetail() {
        return acronym == null ? "" : acronym;
    }

    public boolean isVersion(long loaded) {
        return version == loaded;
    }
}
