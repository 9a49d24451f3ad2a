package org.vocbridge.events;

/** Where a registration stands: a confirmed place, on the waiting list, or cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
