package org.vocbridge.events;

/**
 * Where an event's broadcast stands. Follows the event's dates unless its organizers say otherwise
 * (a late start, an early end).
 */
public enum BroadcastState {
    /** Not begun yet: the live page says when it starts. */
    SCHEDULED,
    /** On air: the live page plays the stream. */
    LIVE,
    /** Over: the live page plays the recording when there is one. */
    ENDED
}
