package org.vocbridge.events;

/** In what capacity a person registers for an event. */
public enum AttendeeCategory {
    DELEGATE,
    SPEAKER,
    OBSERVER,
    PRESS,
    STUDENT
}
