package org.vocbridge.events.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vocbridge.events.SessionKind;
import org.vocbridge.events.SessionRole;
import org.vocbridge.shared.LocalizedText;

/**
 * A session as written by the event's organizers; times local to the event's zone.
 *
 * @param language the language it is held in (BCP 47)
 * @param interpretation the languages it is interpreted into (BCP 47)
 * @param people its speakers and moderators, from the directory, in the order shown
 * @param materials library resources for it: slides, papers, course packages
 * @param agreements the agreements signed in it (a signing ceremony)
 * @param capacity how many registrants it has places for, taken at registration (null: no limit
 *     of its own)
 */
public record SessionDraft(
        SessionKind kind,
        Map<String, String> title,
        Map<String, String> description,
        String room,
        String track,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String language,
        List<String> interpretation,
        List<Participant> people,
        List<Long> materials,
        List<Long> agreements,
        Integer capacity) {

    /** A person of the directory in a role. */
    public record Participant(Long personId, SessionRole role) {}

    public SessionDraft {
        description = description == null ? Map.of() : description;
        room = blank(room) ? null : room.strip();
        track = blank(track) ? null : track.strip();
        language = blank(language) ? null : normalized(language);
        interpretation = interpretation == null
                ? List.of()
                : interpretation.stream()
                        .filter(t -> !blank(t))
                        .map(SessionDraft::normalized)
                        .distinct()
                        .toList();
        people = people == null
                ? List.of()
                : people.stream().filter(Objects::nonNull).distinct().toList();
        materials = materials == null
                ? List.of()
                : materials.stream().filter(Objects::nonNull).distinct().toList();
        agreements = agreements == null
                ? List.of()
                : agreements.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static String normalized(String tag) {
        String t = tag.strip();
        return LocalizedText.isValidTag(t) ? LocalizedText.normalizeTag(t) : t;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
