package org.vocbridge.directory;

public enum OrganizationKind {
    VOCATIONAL_COLLEGE,
    UNIVERSITY,
    ENTERPRISE,
    GOVERNMENT_BODY,
    ASSOCIATION,
    RESEARCH_INSTITUTE,
    INTERNATIONAL_ORGANIZATION,
    OTHER
}
