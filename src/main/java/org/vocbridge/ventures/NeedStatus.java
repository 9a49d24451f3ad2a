package org.vocbridge.ventures;

/** How far a need is: open and published, being talked over with someone, met, or no longer wanted. */
public enum NeedStatus {
    OPEN,
    IN_DISCUSSION,
    MET,
    WITHDRAWN;

    /** Whether others may still offer to meet it. */
    public boolean sought() {
        return this == OPEN || this == IN_DISCUSSION;
    }
}
