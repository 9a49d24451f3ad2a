package org.vocbridge.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One respondent's answers, stored once per instance ID (the ID the form created). Nothing about
 * the respondent's device or network is kept.
 */
@Entity
@Table(name = "surveys_response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long surveyId;

    @Column(nullable = false, length = 64)
    private String instanceId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> answers;

    /** SHA-256 of the answers in a canonical order: a replay with the same answers is recognized by it. */
    @Column(nullable = false, length = 64)
    private String answersHash;

    @Column(length = 35)
    private String language;

    @Column(length = 80)
    private String channel;

    /** The respondent's country: their link's, or their answer to the survey's country question. */
    @Column(length = 2)
    private String country;

    /** The age given on the consent page. */
    private Integer age;

    @Column(nullable = false)
    private Instant submittedAt = Instant.now();

    @Column(nullable = false)
    private boolean demo;

    protected Response() {}

    public Response(
            long surveyId,
            String instanceId,
            Map<String, String> answers,
            String answersHash,
            String language,
            String channel,
            String country,
            Integer age,
            boolean demo) {
        this.surveyId = surveyId;
        this.instanceId = instanceId;
        this.answers = answers;
        this.answersHash = answersHash;
        this.language = language;
        this.channel = channel;
        this.country = country;
        this.age = age;
        this.demo = demo;
    }

    public Long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    public String instanceId() {
        return instanceId;
    }

    public Map<String, String> answers() {
        return answers;
    }

    public String answersHash() {
        return answersHash;
    }

    public String language() {
        return language;
    }

    public String channel() {
        return channel;
    }

    public String country() {
        return country;
    }

    public Integer age() {
        return age;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
