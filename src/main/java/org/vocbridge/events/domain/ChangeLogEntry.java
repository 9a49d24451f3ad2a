package org.vocbridge.events.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.events.AgendaChange;
import org.vocbridge.shared.LocalizedText;

/** One line of an event's public change log; never changed once written. */
@Entity
@Table(name = "events_change")
class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    private AgendaChange.Kind kind;

    private Long sessionId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    private LocalDateTime fromStarts;
    private LocalDateTime fromEnds;
    private String fromRoom;
    private LocalDateTime toStarts;
    private LocalDateTime toEnds;
    private String toRoom;
    private Instant changedAt;

    protected ChangeLogEntry() {}

    ChangeLogEntry(Event event, AgendaChange change) {
        this.event = event;
        this.kind = change.kind();
        this.sessionId = change.sessionId();
        this.title = change.title().values();
        this.fromStarts = change.fromStarts();
        this.fromEnds = change.fromEnds();
        this.fromRoom = change.fromRoom();
        this.toStarts = change.toStarts();
        this.toEnds = change.toEnds();
        this.toRoom = change.toRoom();
        this.changedAt = change.at();
    }

    AgendaChange summary() {
        return new AgendaChange(
                changedAt,
                kind,
                sessionId,
                LocalizedText.of(title),
                fromStarts,
                fromEnds,
                fromRoom,
                toStarts,
                toEnds,
                toRoom);
    }
}
