package org.vocbridge.cooperation;

/** The part an organization plays in an agreement. */
public enum PartyRole {
    LEAD,
    PARTNER,
    FUNDER,
    HOST
}
