package org.vocbridge.directory;

public enum OrganizationStatus {
    ACTIVE,
    INACTIVE
}
