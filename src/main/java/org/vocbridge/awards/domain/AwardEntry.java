package org.vocbridge.awards.domain;

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
import java.util.Set;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
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
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/**
 * What was entered in a call. The people and organization it stands for are kept as they were when
 * it was entered: the facts its conflicts of interest are computed from. Only a published winner
 * is in the search index.
 */
@Entity
@Indexed(index = "award_entry", routingBinder = @RoutingBinderRef(type = PublishedWinnersOnly.class))
@Table(name = "awards_entry")
@Getter
class AwardEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @GenericField
    private long callId;

    @Enumerated(EnumType.STRING)
    private AwardCategory category;

    private long subjectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> statement;

    private String language;

    private Long organizationId;

    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String country;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Long> people;

    private Long enteredBy;

    private Long nominatedBy;

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.ENTERED;

    private String screeningNote;

    private boolean finalist;

    private Integer place;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> prize;

    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> citation;

    private String certificateCode;

    private boolean published;

    private boolean demo;

    private Instant createdAt;

    private Instant updatedAt;

    protected AwardEntry() {}

    AwardEntry(
            long callId,
            AwardCategory category,
            long subjectId,
            Long enteredBy,
            Long nominatedBy,
            boolean demo,
            Instant now) {
        this.callId = callId;
        this.category = category;
        this.subjectId = subjectId;
        this.enteredBy = enteredBy;
        this.nominatedBy = nominatedBy;
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(
            LocalizedText title,
            LocalizedText statement,
            String language,
            Long organizationId,
            String country,
            List<Long> people) {
        this.title = title.values();
        this.statement = statement.values();
        this.language = language;
        this.organizationId = organizationId;
        this.country = country;
        this.people = List.copyOf(people);
    }

    void withdraw(Instant now) {
        this.status = EntryStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void screen(EntryStatus decision, String note, Instant now) {
        this.status = decision;
        this.screeningNote = note;
        this.updatedAt = now;
    }

    void markFinalist(boolean finalist) {
        this.finalist = finalist;
    }

    /** Makes it a winner (place from 1) or not (null), with its prize and citation. */
    void award(Integer place, LocalizedText prize, LocalizedText citation, String certificateCode, Instant now) {
        this.place = place;
        this.prize = place == null ? null : prize.values();
        this.citation = place == null ? null : citation.values();
        this.certificateCode = place == null ? null : certificateCode;
        this.updatedAt = now;
    }

    void publish(boolean published) {
        this.published = published;
    }

    boolean eligible() {
        return status == EntryStatus.ELIGIBLE;
    }

    boolean live() {
        return status != EntryStatus.WITHDRAWN && status != EntryStatus.INELIGIBLE;
    }

    Set<Long> peopleSet() {
        return people == null ? Set.of() : Set.copyOf(people);
    }

    /** The countries it is found under by the search's country filters. */
    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "country")))
    public Set<String> getSearchCountries() {
        return country == null ? Set.of() : Set.of(country);
    }

    /** Who finds it in search: everyone (only published winners are indexed). */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchAudience() {
        return SearchableType.EVERYONE;
    }

    /** What a search hit shows under the title: the call it won in. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "callId")))
    public String getSearchDetail() {
        return callId + ":" + category;
    }
}
