package org.vocbridge.cooperation.domain;

/** The part an organization plays in an agreement. */
public enum PartyRole {
    LEAD,
    PARTNER,
    FUNDER,
    HOST
}
