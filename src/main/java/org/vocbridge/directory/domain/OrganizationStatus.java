package org.vocbridge.directory.domain;

public enum OrganizationStatus {
    ACTIVE,
    INACTIVE
}
