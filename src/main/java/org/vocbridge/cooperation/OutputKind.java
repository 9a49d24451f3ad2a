package org.vocbridge.cooperation;

/** What an agreement produced. */
public enum OutputKind {
    OCCUPATIONAL_STANDARD,
    COURSE_STANDARD,
    COURSE,
    TEXTBOOK,
    TRAINING_BASE,
    OTHER
}
