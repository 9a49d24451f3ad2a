package org.vocbridge.matching;

/** Whether a demand or an offer is open to matching, or closed by its organization. */
public enum PostingStatus {
    OPEN,
    CLOSED
}
