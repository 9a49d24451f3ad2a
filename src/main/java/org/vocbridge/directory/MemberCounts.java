package org.vocbridge.directory;

import java.util.Map;

/** An alliance's members counted by country and by kind; only organizations that belong now count. */
public record MemberCounts(long total, Map<String, Long> byCountry, Map<OrganizationKind, Long> byKind) {}
