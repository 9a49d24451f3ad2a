package org.vocbridge.events;

/**
 * Where a registration stands. Confirmed and offered registrations hold their places; pending,
 * waiting ones hold none yet; cancelled, declined and expired ones are over.
 */
public enum RegistrationStatus {
    /** A place is the registrant's. */
    CONFIRMED,
    /** Waits for an organizer's approval. */
    PENDING,
    /** On the waiting list, confirmed first come first served as places free. */
    WAITING,
    /** A freed place is held for the registrant until the offer expires. */
    OFFERED,
    /** Cancelled by the registrant. */
    CANCELLED,
    /** Declined by an organizer. */
    DECLINED,
    /** The offered place was not taken in time. */
    EXPIRED
}
