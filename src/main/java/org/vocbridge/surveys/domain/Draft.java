package org.vocbridge.surveys.domain;

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

    private long surveyId;

    private long linkId;

    private String codeHash;

    private String instanceId;

    private String language;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> answers = new LinkedHashMap<>();

    private int page;

    private Integer age;

    private boolean consented;

    private String invitationHash;

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
