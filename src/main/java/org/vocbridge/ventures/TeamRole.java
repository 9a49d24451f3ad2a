package org.vocbridge.ventures;

/** What someone does in a venture's team. */
public enum TeamRole {
    FOUNDER,
    CO_FOUNDER,
    CEO,
    CTO,
    MEMBER,
    MENTOR,
    ADVISOR
}
