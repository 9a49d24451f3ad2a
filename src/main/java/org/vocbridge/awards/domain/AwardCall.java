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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** An award call of an alliance (or of the platform), from taking entries to published results. */
@Entity
@Indexed(index = "award_call")
@Table(name = "awards_call")
@Getter
class AwardCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Long allianceId;

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
    private Map<String, String> rules;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AwardCategory> categories;

    @JdbcTypeCode(SqlTypes.JSON)
    private Eligibility eligibility;

    @JdbcTypeCode(SqlTypes.JSON)
    private JuryRules juryRules;

    @JdbcTypeCode(SqlTypes.JSON)
    private Rubric rubric;

    private int rubricVersion;

    @Enumerated(EnumType.STRING)
    private AwardPhase phase = AwardPhase.ENTRY;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private Long ceremonySessionId;

    private boolean assignmentsPublished;

    private Instant resultsPublishedAt;

    private boolean demo;

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    protected AwardCall() {}

    AwardCall(Long createdBy, boolean demo, Instant now) {
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = now;
    }

    void update(CallDraft d, Instant now) {
        Rubric changed = new Rubric(d.rubric());
        if (rubric == null || !rubric.equals(changed)) {
            rubricVersion++;
        }
        this.allianceId = d.allianceId();
        this.title = LocalizedText.of(d.title()).values();
        this.rules = LocalizedText.of(d.rules()).values();
        this.categories = List.copyOf(d.categories());
        this.eligibility = d.eligibility();
        this.juryRules = d.jury();
        this.rubric = changed;
        this.opensOn = d.opensOn();
        this.closesOn = d.closesOn();
        this.ceremonySessionId = d.ceremonySessionId();
        this.updatedAt = now;
    }

    /** Whether the rubric of the draft differs from the one scores were given on. */
    boolean changesRubric(CallDraft d) {
        return !Objects.equals(rubric, new Rubric(d.rubric()));
    }

    void moveTo(AwardPhase next, Instant now) {
        this.phase = next;
        if (next == AwardPhase.RESULTS) {
            this.resultsPublishedAt = now;
        }
        this.updatedAt = now;
    }

    void publishAssignments(Instant now) {
        this.assignmentsPublished = true;
        this.updatedAt = now;
    }

    void unpublishAssignments() {
        this.assignmentsPublished = false;
    }

    LocalizedText titleText() {
        return LocalizedText.of(title);
    }

    /** Whether entries are taken on the day. */
    boolean takesEntries(LocalDate today) {
        return phase == AwardPhase.ENTRY && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    boolean resultsPublished() {
        return phase == AwardPhase.RESULTS;
    }

    /** A call has no country of its own to show on a search hit. */
    @KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchCountry() {
        return null;
    }

    /** The countries it is found under by the search's country filters: those it takes entries from. */
    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "eligibility")))
    public Set<String> getSearchCountries() {
        return eligibility == null ? Set.of() : eligibility.countries();
    }

    /** Who finds it in search: everyone. */
    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchAudience() {
        return SearchableType.EVERYONE;
    }

    /** What a search hit shows under the title: its phase. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "phase")))
    public String getSearchDetail() {
        return String.valueOf(phase);
    }
}
