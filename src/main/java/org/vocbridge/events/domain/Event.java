package org.vocbridge.events.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.vocbridge.events.AgendaChange;
import org.vocbridge.events.BroadcastState;
import org.vocbridge.events.EventKind;
import org.vocbridge.search.FoundByEveryone;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.shared.LocalizedText;

/**
 * An event and its agenda. Its dates are local to its zone; {@code startsUtc} is derived from them
 * on every change, for ordering lists only (what is shown is derived again when read).
 */
@Entity
@Table(name = "events_event")
@Indexed(index = "event")
@Getter
class Event extends FoundByEveryone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    /** Indexed as {@code name}, like every record's title in the global search. */
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
    private Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> venue;

    private boolean online;

    private String streamUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "broadcast")
    private BroadcastState broadcastSaid;

    private String recordingUrl;

    /** The library resource that catalogues the recording. */
    private Long recordingResourceId;

    private Long allianceId;

    private boolean registrationApproval;

    private boolean invitationOnly;

    private Integer offerHours;

    @Column(name = "time_zone")
    private String zone;

    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private Instant startsUtc;

    @Column(name = "revision")
    private int sequence;

    private Instant revisedAt;

    private boolean demo;

    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "events_event_host", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "organization_id")
    private List<Long> hosts = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt, id")
    private List<EventSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("changedAt desc, id desc")
    private List<ChangeLogEntry> changes = new ArrayList<>();

    protected Event() {}

    Event(String createdBy, boolean demo, Instant now) {
        this.createdBy = createdBy;
        this.demo = demo;
        this.revisedAt = now;
    }

    /** Takes the draft; a change of dates, zone or place raises the sequence. */
    void apply(EventDraft d, Instant now) {
        if (id != null && (!Objects.equals(startsAt, d.startsAt()) || !Objects.equals(endsAt, d.endsAt()))) {
            logged(new AgendaChange(
                    now,
                    AgendaChange.Kind.EVENT_MOVED,
                    null,
                    LocalizedText.of(title),
                    startsAt,
                    endsAt,
                    null,
                    d.startsAt(),
                    d.endsAt(),
                    null));
        }
        boolean moved = id != null
                && (!Objects.equals(startsAt, d.startsAt())
                        || !Objects.equals(endsAt, d.endsAt())
                        || !Objects.equals(zone, d.zone())
                        || !Objects.equals(venue, d.venue())
                        || online != d.online().booleanValue());
        kind = d.kind();
        title = d.title();
        description = d.description();
        venue = d.venue();
        online = d.online();
        streamUrl = d.streamUrl();
        allianceId = d.allianceId();
        registrationApproval = d.approval();
        invitationOnly = d.invitationOnly();
        offerHours = d.offerHours();
        zone = d.zone();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        hosts.clear();
        hosts.addAll(d.hosts());
        if (moved) {
            sequence++;
            revisedAt = now;
        }
        derive();
    }

    /** Records the organizers' word on the broadcast (null: follow the dates) and its recording. */
    void broadcast(BroadcastState state, String recordingUrl) {
        this.broadcastSaid = state;
        this.recordingUrl = recordingUrl;
    }

    void catalogued(long resourceId) {
        this.recordingResourceId = resourceId;
    }

    /** The language most of its sessions are held in, English when none says. */
    String language() {
        return sessions.stream()
                .map(EventSession::language)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("en");
    }

    /** Whether the organizers said where the broadcast stands, rather than leaving it to the dates. */
    boolean broadcastSet() {
        return broadcastSaid != null;
    }

    /** Where the broadcast stands at {@code now}: as the organizers said, or by the event's dates. */
    BroadcastState broadcastAt(Instant now) {
        if (broadcastSaid != null) {
            return broadcastSaid;
        }
        if (startsAt == null || now.isBefore(startsUtc)) {
            return BroadcastState.SCHEDULED;
        }
        return now.isAfter(endsAt.atZone(zoneId()).toInstant()) ? BroadcastState.ENDED : BroadcastState.LIVE;
    }

    void add(SessionDraft d, Instant now) {
        EventSession session = new EventSession(this, now);
        session.apply(d, now);
        sessions.add(session);
    }

    void remove(EventSession session, Instant now) {
        logged(new AgendaChange(
                now,
                AgendaChange.Kind.SESSION_REMOVED,
                session.id(),
                LocalizedText.of(session.title()),
                session.startsAt(),
                session.endsAt(),
                session.room(),
                null,
                null,
                null));
        sessions.remove(session);
    }

    /** Adds a line to the public change log. */
    void logged(AgendaChange change) {
        changes.add(0, new ChangeLogEntry(this, change));
    }

    /** What a search hit shows under the title: the first day and the zone, or nothing while to be announced. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "startsAt")),
                @ObjectPath(@PropertyValue(propertyName = "zone"))
            })
    public String getSearchDetail() {
        return startsAt == null ? null : startsAt.toLocalDate() + " (" + zone + ")";
    }

    /** The instant ordering lists, from the local start and the zone's rules of today. */
    void derive() {
        startsUtc = startsAt == null ? null : startsAt.atZone(zoneId()).toInstant();
    }

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
