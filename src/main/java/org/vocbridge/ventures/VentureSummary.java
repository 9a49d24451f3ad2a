package org.vocbridge.ventures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.LocalizedText;

/**
 * A venture or an innovation as everyone may read it.
 *
 * @param parentId the venture an innovation was made in, if any
 * @param alsoKnownAs the names it was known by, besides its name in each language
 * @param sector its ISIC Rev.4 section (A to U) or division (C10 for division 10 of section C)
 * @param sdgs the UN Sustainable Development Goals it serves, 1 to 17
 * @param readinessLevel an innovation's technology readiness level, 1 to 9 (Horizon Europe)
 * @param organization the directory's record of the venture itself, if it has one
 * @param college the college or programme's organization its founders came from
 * @param agreement the cooperation agreement whose joint programme its founders came from, if the reader may see it
 * @param fields ISCED-F 2013 fields of education it draws on
 * @param occupations ISCO-08 occupations it draws on
 * @param escoOccupations ESCO occupations (URIs) it draws on
 * @param logoUrl where its logo is served, or null without one
 * @param demo made up for the demonstration, from what the source articles imply
 * @param freshness when each group of its fields was last confirmed, and whether that ran out
 * @param stale some group's confirmation ran out: its keepers are reminded
 */
public record VentureSummary(
        long id,
        long version,
        VentureKind kind,
        Long parentId,
        LocalizedText name,
        LocalizedText pitch,
        List<String> alsoKnownAs,
        String website,
        String country,
        String city,
        LocalDate founded,
        String legalForm,
        String registrationNumber,
        String sector,
        List<Integer> sdgs,
        VentureStage stage,
        Integer readinessLevel,
        OrganizationLabel organization,
        OrganizationLabel college,
        AgreementLabel agreement,
        List<String> fields,
        List<String> occupations,
        List<String> escoOccupations,
        String logoUrl,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        List<Freshness> freshness,
        boolean stale) {}
