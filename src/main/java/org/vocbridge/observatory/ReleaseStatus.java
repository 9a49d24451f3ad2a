package org.vocbridge.observatory;

/** Where a country's release stands: values are entered while OPEN, checked while SUBMITTED, then read by all. */
public enum ReleaseStatus {
    OPEN,
    SUBMITTED,
    PUBLISHED
}
