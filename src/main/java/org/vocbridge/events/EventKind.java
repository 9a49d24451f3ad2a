package org.vocbridge.events;

/** What kind of meeting an event is. */
public enum EventKind {
    CONFERENCE,
    ROUNDTABLE,
    FORUM,
    SEMINAR,
    WORKSHOP,
    EXHIBITION,
    COMPETITION,
    WEBINAR,
    CEREMONY
}
