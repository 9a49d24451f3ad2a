package org.vocbridge.library;

import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * An event's recording as the library catalogues it, for the event's organizers.
 *
 * @param title the event's title
 * @param summary the event's description
 * @param language the BCP 47 tag of the language the event was held in (interpretation aside)
 * @param allianceId the event's alliance, whose secretariat reviews the resource, or null
 * @param hosts the organizations that hosted the event, who own the resource
 * @param page the path of the page on this site where the recording plays with its chapters
 * @param demo whether the event is demo data
 */
public record RecordingEntry(
        LocalizedText title,
        LocalizedText summary,
        String language,
        Long allianceId,
        Set<Long> hosts,
        String page,
        boolean demo) {}
