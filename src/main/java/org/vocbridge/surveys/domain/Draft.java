package org.vocbridge.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A respondent's answers so far, kept between pages and found again by its resume code (of which
 * only the SHA-256 is stored). It carries the instance ID its response will be submitted with.
 */
@Entity
@Table(name = "surveys_draft")
@Getter
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long surveyId;

    @Column(nullable = false)
    private long linkId;

    @Column(nullable = false, length = 64, unique = true)
    private String codeHash;

    @Column(nullable = false, length = 64)
    private String instanceId;

    @Column(nullable = false, length = 35)
    private String language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    @Column(nullable = false)
    private int page;

    private Integer age;

    @Column(nullable = false)
    private boolean consented;

    @Column(length = 64)
    private String invitationHash;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    protected Draft() {}

    public Draft(
            long surveyId, long linkId, String codeHash, String instanceId, String language, String invitationHash) {
        this.invitationHash = invitationHash;
        this.surveyId = surveyId;
        this.linkId = linkId;
        this.codeHash = codeHash;
        this.instanceId = instanceId;
        this.language = language;
    }

    public void setLanguage(String language) {
        this.language = language;
        touch();
    }

    public void answer(Map<String, String> answers, int page) {
        this.answers = new LinkedHashMap<>(answers);
        this.page = page;
        touch();
    }

    public void consent(Integer age) {
        this.age = age;
        this.consented = true;
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }
}
