package org.vocbridge.directory.domain;

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
