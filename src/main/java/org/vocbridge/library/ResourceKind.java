package org.vocbridge.library;

/** What a library resource is. */
public enum ResourceKind {
    OCCUPATIONAL_STANDARD,
    COURSE_STANDARD,
    COURSE,
    SHORT_COURSE_PACKAGE,
    CURRICULUM,
    TEXTBOOK,
    GOOD_PRACTICE,
    REPORT,
    PAPER,
    /** The recording of an event (events), catalogued by its organizers. */
    RECORDING;

    /** Whether this kind is a standard that other resources implement. */
    public boolean isStandard() {
        return this == OCCUPATIONAL_STANDARD || this == COURSE_STANDARD;
    }

    /** Whether a programme is taught from it: a standard, a course, a course package or a curriculum. */
    public boolean isTaughtFrom() {
        return isStandard() || this == COURSE || this == SHORT_COURSE_PACKAGE || this == CURRICULUM;
    }
}
