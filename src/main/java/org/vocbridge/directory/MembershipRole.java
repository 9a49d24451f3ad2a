package org.vocbridge.directory;

public enum MembershipRole {
    FOUNDING_MEMBER,
    MEMBER,
    OBSERVER,
    PARTNER,
    SECRETARIAT
}
