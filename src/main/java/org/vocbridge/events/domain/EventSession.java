package org.vocbridge.events.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.events.AgendaChange;
import org.vocbridge.events.SessionKind;
import org.vocbridge.shared.LocalizedText;

/** One session of an event's agenda, its times local to the event's zone. */
@Entity
@Table(name = "events_session")
@Getter
class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;

    private String room;

    private String track;

    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private String language;

    @ElementCollection
    @CollectionTable(name = "events_session_interpretation", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "language")
    private List<String> interpretation = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_session_person", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionPerson> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_session_material", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "resource_id")
    private List<Long> materials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_session_agreement", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "agreement_id")
    private List<Long> agreements = new ArrayList<>();

    @Column(name = "revision")
    private int sequence;

    private Instant revisedAt;

    protected EventSession() {}

    EventSession(Event event, Instant now) {
        this.event = event;
        this.revisedAt = now;
    }

    /** Takes the draft; a change of time or room raises the sequence. */
    void apply(SessionDraft d, Instant now) {
        boolean moved = startsAt != null
                && (!startsAt.equals(d.startsAt())
                        || !Objects.equals(endsAt, d.endsAt())
                        || !Objects.equals(room, d.room()));
        if (moved) {
            event.logged(new AgendaChange(
                    now,
                    AgendaChange.Kind.SESSION_MOVED,
                    id,
                    LocalizedText.of(d.title()),
                    startsAt,
                    endsAt,
                    room,
                    d.startsAt(),
                    d.endsAt(),
                    d.room()));
        }
        kind = d.kind();
        title = d.title();
        description = d.description();
        room = d.room();
        track = d.track();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        language = d.language();
        interpretation.clear();
        interpretation.addAll(d.interpretation());
        people.clear();
        d.people().forEach(p -> people.add(new SessionPerson(p.personId(), p.role())));
        materials.clear();
        materials.addAll(d.materials());
        agreements.clear();
        agreements.addAll(d.agreements());
        if (moved) {
            sequence++;
            revisedAt = now;
        }
    }
}
