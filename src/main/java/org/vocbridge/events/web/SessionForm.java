package org.vocbridge.events.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.vocbridge.events.SessionKind;
import org.vocbridge.events.SessionRole;
import org.vocbridge.events.SessionSummary;
import org.vocbridge.events.domain.SessionDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/**
 * The session page form of an event's organizers. Texts come as translation rows, speakers and
 * materials as rows to choose in (blank rows are dropped), the interpretation languages as tags
 * separated by spaces or commas, times local to the event's zone.
 */
record SessionForm(
        SessionKind kind,
        List<TranslationRow> title,
        List<TranslationRow> description,
        String room,
        String track,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        String language,
        String interpretation,
        List<SessionDraft.Participant> people,
        List<Long> materials,
        List<Long> agreements,
        Integer capacity) {

    /** Empty rows offered beyond those filled in, for a speaker or a material more. */
    static final int SPARE_ROWS = 3;

    /** A new session on the event's first day, held in the event's first language. */
    static SessionForm empty(LocalDateTime startsAt, String language) {
        return new SessionForm(
                SessionKind.PLENARY,
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                null,
                null,
                startsAt,
                startsAt == null ? null : startsAt.plusHours(1),
                language,
                null,
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    static SessionForm of(SessionSummary s) {
        return new SessionForm(
                s.kind(),
                TranslationRow.rows(s.title()),
                TranslationRow.rows(s.description()),
                s.room(),
                s.track(),
                s.startsAt(),
                s.endsAt(),
                s.language(),
                String.join(" ", s.interpretation()),
                s.people().stream()
                        .map(p -> new SessionDraft.Participant(p.personId(), p.role()))
                        .toList(),
                s.materials().stream().map(SessionSummary.Material::resourceId).toList(),
                s.agreements().stream().map(a -> a.id()).toList(),
                s.capacity());
    }

    /** The speaker rows to show: those filled in, then spare ones. */
    public List<SessionDraft.Participant> peopleRows() {
        List<SessionDraft.Participant> rows = new ArrayList<>(people == null ? List.of() : people);
        rows.removeIf(p -> p == null || p.personId() == null);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new SessionDraft.Participant(null, SessionRole.SPEAKER));
        }
        return rows;
    }

    /** The material rows to show: those chosen, then spare ones. */
    public List<Long> materialRows() {
        List<Long> rows = new ArrayList<>(materials == null ? List.of() : materials);
        rows.removeIf(Objects::isNull);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(null);
        }
        return rows;
    }

    SessionDraft draft() {
        return new SessionDraft(
                kind,
                TranslationRow.toMap(title),
                TranslationRow.toMap(description),
                room,
                track,
                startsAt,
                endsAt,
                language,
                interpretation == null
                        ? List.of()
                        : Arrays.stream(interpretation.split("[\\s,;]+"))
                                .filter(t -> !t.isEmpty())
                                .toList(),
                people == null
                        ? List.of()
                        : people.stream()
                                .filter(p -> p != null && p.personId() != null)
                                .toList(),
                materials,
                agreements,
                capacity);
    }
}
