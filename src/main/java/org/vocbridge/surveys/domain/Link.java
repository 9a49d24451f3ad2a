package org.vocbridge.surveys.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/**
 * A way into a survey, handed out to one audience: the public, an alliance's members or a
 * country's colleges. Responses through it record its channel (and its country, if it has one).
 */
@Entity
@Table(name = "surveys_link")
@Getter
class Link {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long surveyId;

    /** The random part of the link's address. */
    private String token;

    private String channel;

    private String country;

    private Long allianceId;

    private boolean active = true;

    private Instant createdAt = Instant.now();

    protected Link() {}

    public Link(long surveyId, String token, String channel, String country, Long allianceId) {
        this.surveyId = surveyId;
        this.token = token;
        this.channel = channel;
        this.country = country;
        this.allianceId = allianceId;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
