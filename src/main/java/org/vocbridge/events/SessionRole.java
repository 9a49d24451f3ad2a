package org.vocbridge.events;

/** What a person does in a session. */
public enum SessionRole {
    SPEAKER,
    MODERATOR
}
