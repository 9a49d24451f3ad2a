package org.vocbridge.directory.domain;

public enum MembershipRole {
    FOUNDING_MEMBER,
    MEMBER,
    OBSERVER,
    PARTNER,
    SECRETARIAT
}
