package org.vocbridge.events.domain;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/** The checks of an event and of a session as written; every problem is reported at once. */
@Component
@RequiredArgsConstructor
class EventChecks {

    static final int TITLE_MAX = 500;
    static final int TEXT_MAX = 10_000;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    /** A file under /live/: folder names of letters, digits, '-' and '_', no way up. */
    private static final Pattern LIVE_PATH = Pattern.compile("/live(/[A-Za-z0-9_-]+)+\\.(m3u8|mp4)");

    private final DirectoryApi directory;
    private final LibraryApi library;
    private final CooperationApi cooperation;

    void check(EventDraft d) {
        InputCheck check = new InputCheck();
        check.require("kind", d.kind());
        check.requireText("title", d.title());
        check.localized("title", d.title(), TITLE_MAX);
        check.localized("description", d.description(), TEXT_MAX);
        check.localized("venue", d.venue(), TITLE_MAX);
        if (d.zone() == null) {
            check.reject("zone", "error.required");
        } else if (!ZONES.contains(d.zone())) {
            check.reject("zone", "error.event.zone");
        }
        if ((d.startsAt() == null) != (d.endsAt() == null)) {
            check.reject(d.startsAt() == null ? "startsAt" : "endsAt", "error.event.bothDates");
        } else if (d.startsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            check.reject("endsAt", "error.event.endsBeforeStart");
        }
        if (d.streamUrl() != null) {
            check.maxLength("streamUrl", d.streamUrl(), 500);
            if (!isStreamAddress(d.streamUrl())) {
                check.reject("streamUrl", "error.event.streamUrl");
            }
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 1_000_000)) {
            check.reject("capacity", "error.event.capacity");
        }
        if (d.offerHours() != null && (d.offerHours() < 1 || d.offerHours() > 720)) {
            check.reject("offerHours", "error.event.offerHours");
        }
        if (d.allianceId() != null && !directory.allianceExists(d.allianceId())) {
            check.reject("allianceId", "error.alliance.unknown");
        }
        Set<Long> known = directory.organizationLabels(d.hosts()).keySet();
        List<Long> hosts = d.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            if (!known.contains(hosts.get(i))) {
                check.reject("hosts[" + i + "]", "error.organization.unknown");
            }
        }
        if (hosts.isEmpty() && d.allianceId() == null) {
            check.reject("hosts", "error.event.organizer");
        }
        check.throwIfAny();
    }

    void check(SessionDraft d, CurrentUser user) {
        InputCheck check = new InputCheck();
        check.require("kind", d.kind());
        check.requireText("title", d.title());
        check.localized("title", d.title(), TITLE_MAX);
        check.localized("description", d.description(), TEXT_MAX);
        check.maxLength("room", d.room(), 200);
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 1_000_000)) {
            check.reject("capacity", "error.event.capacity");
        }
        check.maxLength("track", d.track(), 200);
        check.require("startsAt", d.startsAt());
        check.require("endsAt", d.endsAt());
        if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            check.reject("endsAt", "error.event.endsBeforeStart");
        }
        if (d.language() != null && !LocalizedText.isKnownLanguageTag(d.language())) {
            check.reject("language", "error.languageTag", d.language());
        }
        for (int i = 0; i < d.interpretation().size(); i++) {
            String tag = d.interpretation().get(i);
            if (!LocalizedText.isKnownLanguageTag(tag)) {
                check.reject("interpretation[" + i + "]", "error.languageTag", tag);
            }
        }
        Set<Long> people = directory
                .personLabels(d.people().stream()
                        .map(SessionDraft.Participant::personId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .keySet();
        for (int i = 0; i < d.people().size(); i++) {
            SessionDraft.Participant p = d.people().get(i);
            if (p.role() == null) {
                check.reject("people[" + i + "].role", "error.required");
            }
            if (p.personId() == null || !people.contains(p.personId())) {
                check.reject("people[" + i + "].personId", "error.person.unknown");
            }
        }
        for (int i = 0; i < d.materials().size(); i++) {
            if (library.resource(d.materials().get(i), user).isEmpty()) {
                check.reject("materials[" + i + "]", "error.resource.unknown");
            }
        }
        for (int i = 0; i < d.agreements().size(); i++) {
            if (!cooperation.agreementVisibleTo(d.agreements().get(i), user)) {
                check.reject("agreements[" + i + "]", "error.agreement.unknown");
            }
        }
        check.throwIfAny();
    }

    void check(BroadcastDraft d) {
        InputCheck check = new InputCheck();
        if (d.recordingUrl() != null) {
            check.maxLength("recordingUrl", d.recordingUrl(), 500);
            if (!isStreamAddress(d.recordingUrl())) {
                check.reject("recordingUrl", "error.event.streamUrl");
            }
        }
        check.throwIfAny();
    }

    /** An https address with a host, or a path of the platform's own HLS origin ({@code /live/…}). */
    static boolean isStreamAddress(String url) {
        if (LIVE_PATH.matcher(url).matches()) {
            return true;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
