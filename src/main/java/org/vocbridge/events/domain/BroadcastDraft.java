package org.vocbridge.events.domain;

import org.vocbridge.events.BroadcastState;

/**
 * The organizers' word on an event's broadcast.
 *
 * @param state LIVE when it goes on air, ENDED when it is over, SCHEDULED before; null to follow the
 *     event's dates again
 * @param recordingUrl the recording (HLS or MP4) to publish: an https address or a path of the
 *     platform's own HLS origin ({@code /live/…}); null for none
 */
public record BroadcastDraft(BroadcastState state, String recordingUrl) {

    public BroadcastDraft {
        recordingUrl = recordingUrl == null || recordingUrl.isBlank() ? null : recordingUrl.strip();
    }
}
