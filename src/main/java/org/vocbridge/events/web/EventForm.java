package org.vocbridge.events.web;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.events.EventKind;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.domain.EventDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The event page form: what an event is, where and when it happens (local date and time with the
 * place's IANA zone) and how it takes registrations. Texts come as translation rows; blank rows
 * are dropped.
 */
record EventForm(
        EventKind kind,
        List<TranslationRow> title,
        List<TranslationRow> description,
        List<TranslationRow> venue,
        Boolean online,
        String streamUrl,
        Long allianceId,
        List<Long> hosts,
        String zone,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        Integer capacity,
        Boolean approval,
        Boolean invitationOnly,
        Integer offerHours,
        Long version) {

    /** A new event of the alliance (may be null), in the zone given. */
    static EventForm empty(Long allianceId, String zone) {
        return new EventForm(
                EventKind.CONFERENCE,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                false,
                null,
                allianceId,
                List.of(),
                zone,
                null,
                null,
                null,
                false,
                false,
                null,
                null);
    }

    static EventForm of(EventSummary e) {
        return new EventForm(
                e.kind(),
                TranslationRow.rows(e.title()),
                TranslationRow.rows(e.description()),
                TranslationRow.rows(e.venue()),
                e.online(),
                e.streamUrl(),
                e.allianceId(),
                e.hosts().stream().map(OrganizationLabel::id).toList(),
                e.zone(),
                e.startsAt(),
                e.endsAt(),
                e.capacity(),
                e.approval(),
                e.invitationOnly(),
                e.offerHours(),
                e.version());
    }

    EventDraft draft() {
        return new EventDraft(
                kind,
                TranslationRow.toMap(title),
                TranslationRow.toMap(description),
                TranslationRow.toMap(venue),
                online,
                streamUrl,
                allianceId,
                hosts,
                zone,
                startsAt,
                endsAt,
                capacity,
                approval,
                invitationOnly,
                offerHours,
                version);
    }
}
