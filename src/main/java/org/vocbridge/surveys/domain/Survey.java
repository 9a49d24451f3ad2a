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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/** A questionnaire put up for answers: its definition (as JSON), its owner and when it is open. */
@Entity
@Table(name = "surveys_survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 80, unique = true)
    private String formId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    /** The questionnaire as JSON (see the surveys module's Questionnaire). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> definition;

    @Column(nullable = false, length = 80)
    private String owner;

    private Instant opensAt;

    private Instant closesAt;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
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

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String formId() {
        return formId;
    }

    public LocalizedText title() {
        return LocalizedText.of(title);
    }

    public Map<String, Object> definition() {
        return definition;
    }

    public String owner() {
        return owner;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public boolean demo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isOpen(Instant at) {
        return (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }
}
