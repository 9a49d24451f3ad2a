package org.vocbridge.directory;

import java.time.Instant;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * An organization as others see it.
 *
 * @param privateContact only for its editors; null for everyone else
 * @param missingLanguages which of zh, en, ru its name lacks
 * @param logoUrl where its logo is served, or null without one
 */
public record OrganizationSummary(
        long id,
        long version,
        OrganizationKind kind,
        LocalizedText name,
        String acronym,
        String country,
        LocalizedText city,
        String website,
        LocalizedText description,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        String publicEmail,
        String publicPhone,
        String privateContact,
        OrganizationStatus status,
        Instant updatedAt,
        Set<String> missingLanguages,
        String logoUrl,
        boolean demo) {}
