package org.vocbridge.directory.domain;

import jakarta.persistence.CascadeType;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.Texts;

/** An alliance (network) of organizations, run by a secretariat, with a rotating chair. */
@Entity
@Table(name = "directory_alliance")
@Indexed(index = "alliance")
@Getter
class Alliance {

    /** Loaded as demo data (made up from public news for the demonstration), shown as such. */
    private boolean demo;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> name;

    @KeywordField
    private String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(binder = @PropertyBinderRef(type = LocalizedTextBinder.class))
    private Map<String, String> description;

    private LocalDate foundedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> foundedPlace;

    /** The country where the alliance is based (its secretariat's, usually). */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    private String website;

    private Long secretariatOrganizationId;

    @OneToMany(mappedBy = "alliance")
    private List<Membership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate desc, id desc")
    private List<ChairTerm> chairTerms = new ArrayList<>();

    protected Alliance() {}

    Alliance(AllianceDraft draft) {
        update(draft);
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    void update(AllianceDraft draft) {
        this.name = LocalizedText.of(draft.name()).values();
        this.acronym = draft.acronym();
        this.description = LocalizedText.of(draft.description()).values();
        this.foundedOn = draft.foundedOn();
        this.foundedPlace = LocalizedText.of(draft.foundedPlace()).values();
        this.country = draft.country();
        this.website = draft.website();
        this.secretariatOrganizationId = draft.secretariatOrganizationId();
    }

    void markDemo() {
        this.demo = true;
    }

    /** The alliance with how many organizations belong to it now. */
    AllianceSummary summary(long memberCount) {
        LocalizedText names = name();
        return new AllianceSummary(
                id,
                version,
                names,
                acronym,
                LocalizedText.of(description),
                foundedOn,
                LocalizedText.of(foundedPlace),
                country,
                website,
                secretariatOrganizationId,
                memberCount,
                names.missing(Texts.EXPECTED_LANGUAGES),
                demo);
    }

    AllianceSummary summary() {
        return summary(memberships.stream().filter(m -> m.status().isMember()).count());
    }

    /** Hands the chair over: the current term ends the day before the new one starts. */
    ChairTerm handOverChair(Organization chair, LocalDate from, LocalDate to, String note, String actor) {
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

    boolean isVersion(long loaded) {
        return version == loaded;
    }
}
