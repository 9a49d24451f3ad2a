package org.vocbridge.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.FoundByEveryone;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.shared.LocalizedText;

/** A questionnaire put up for answers: its definition (as JSON), its owner and when it is open. */
@Entity
@Table(name = "surveys_survey")
@Indexed(index = "survey")
@Getter
class Survey extends FoundByEveryone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Shown under a search hit, and its page's address. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    private String formId;

    /** Indexed as {@code name}, like every record's title in the global search. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> title;

    /** The questionnaire as JSON (see the surveys module's Questionnaire). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> definition;

    private String owner;

    private Instant opensAt;

    private Instant closesAt;

    private boolean demo;

    /** What the survey is about and for whom; null when not written. Indexed as {@code description}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> description;

    /** What respondents agree to on the consent page; null when the survey has none. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> consentText;

    /** What a minor's parent or guardian agrees to. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> guardianText;

    /** Respondents younger than this are minors, who need their guardian's consent. */
    private int adultAge = 18;

    /** The question whose answer (a country code) gives a response's country when its link names none. */
    private String countryQuestion;

    private boolean invitationOnly;

    /** Published results hide counts from 1 to this minus one. */
    @Column(name = "suppression_k")
    private int suppressionK = 5;

    private boolean resultsPublished;

    private Instant createdAt = Instant.now();

    private Instant updatedAt = Instant.now();

    protected Survey() {}

    public Survey(String formId, String owner, boolean demo) {
        this.formId = formId;
        this.owner = owner;
        this.demo = demo;
    }

    public void define(LocalizedText title, Map<String, Object> definition) {
        this.title = title.values();
        this.definition = definition;
        this.updatedAt = Instant.now();
    }

    public LocalizedText title() {
        return LocalizedText.of(title);
    }

    void distribute(Distribution.Settings settings) {
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        this.description =
                settings.description().isEmpty() ? null : settings.description().values();
        this.consentText =
                settings.consentText().isEmpty() ? null : settings.consentText().values();
        this.guardianText = settings.guardianText().isEmpty()
                ? null
                : settings.guardianText().values();
        this.adultAge = settings.adultAge();
        this.countryQuestion = settings.countryQuestion();
        this.invitationOnly = settings.invitationOnly();
        this.suppressionK = settings.suppressionK();
        this.resultsPublished = settings.resultsPublished();
        this.updatedAt = Instant.now();
    }

    public LocalizedText description() {
        return description == null ? null : LocalizedText.of(description);
    }

    public LocalizedText consentText() {
        return consentText == null ? null : LocalizedText.of(consentText);
    }

    public LocalizedText guardianText() {
        return guardianText == null ? null : LocalizedText.of(guardianText);
    }

    public boolean isOpen(Instant at) {
        return (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }
}
