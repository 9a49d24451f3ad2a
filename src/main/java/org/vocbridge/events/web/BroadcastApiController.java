package org.vocbridge.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.events.EventSummary;
import org.vocbridge.events.domain.BroadcastDraft;
import org.vocbridge.events.domain.Chapters;
import org.vocbridge.events.domain.Events;
import org.vocbridge.events.domain.Viewings;
import org.vocbridge.shared.security.CurrentUser;

/** An event's live broadcast: going on air, the recording and its chapters, viewers per country. */
@RestController
@RequestMapping("/api/v1/events/{id}")
@Tag(name = "Events", description = "Conferences, roundtables and seminars with their agendas")
@RequiredArgsConstructor
class BroadcastApiController {

    static final MediaType WEB_VTT = MediaType.parseMediaType("text/vtt; charset=utf-8");

    private final Events events;
    private final Viewings viewings;

    /** A viewer who starts playing, with the country they watch from (ISO 3166, or none). */
    record Viewer(String country) {}

    @PutMapping("/broadcast")
    @Operation(
            summary = "Put the broadcast on air, end it, publish its recording",
            description = "Its organizers. state LIVE, ENDED or SCHEDULED overrides the event's dates (null follows "
                    + "them again); recordingUrl is an https address or a path of the platform's own HLS origin "
                    + "(/live/…), HLS with the same audio renditions as the stream, or MP4.")
    EventSummary broadcast(@PathVariable long id, @RequestBody BroadcastDraft draft, CurrentUser user) {
        return events.broadcast(user, id, draft);
    }

    @GetMapping(path = "/chapters", produces = "text/vtt")
    @Operation(
            summary = "The recording's chapters",
            description = "WebVTT chapters: each session of the agenda from its offset in the recording, which "
                    + "starts when the event does; titles in the caller's language.")
    ResponseEntity<String> chapters(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok().contentType(WEB_VTT).body(Chapters.webVtt(events.get(id), locale));
    }

    @PostMapping("/viewers")
    @Operation(
            summary = "Count a viewer",
            description = "Anyone who starts the broadcast, once per viewing, with the country they watch from "
                    + "(ISO 3166 alpha-2; none counts as ZZ). Nothing else is kept, no address.")
    ResponseEntity<Void> view(@PathVariable long id, @RequestBody Viewer viewer) {
        viewings.start(id, viewer.country());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/viewers")
    @Operation(summary = "Viewers per country", description = "ISO 3166 code to count, the most first; ZZ: not given.")
    Map<String, Long> viewers(@PathVariable long id) {
        events.get(id);
        return viewings.byCountry(id);
    }
}
