package org.vocbridge.events;

/** What happens in one session of an event's agenda. */
public enum SessionKind {
    OPENING,
    KEYNOTE,
    PLENARY,
    ROUNDTABLE,
    PANEL,
    FORUM,
    CLOSED_SEMINAR,
    SIGNING_CEREMONY,
    AWARD_CEREMONY,
    SITE_VISIT,
    EXHIBITION,
    CLOSING
}
