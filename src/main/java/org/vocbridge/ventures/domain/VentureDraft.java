package org.vocbridge.ventures.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vocbridge.taxonomy.Codes;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;

/**
 * A venture or an innovation as written by its owners (JSON and page form alike).
 *
 * @param parentId for an innovation, the venture it was made in (optional)
 * @param alsoKnownAs other names it goes or went by (a former name, an abbreviation)
 * @param registrationNumber its number in the register of its country, where it has one
 * @param sector its ISIC Rev.4 section (A to U) or division, written after its section (C10)
 * @param sdgs the Sustainable Development Goals it serves, 1 to 17
 * @param readinessLevel for an innovation, its technology readiness level, 1 to 9
 * @param organizationId the directory's record of the venture itself, if it has one
 * @param collegeId the college its founders trained at
 * @param agreementId the cooperation agreement whose joint programme its founders came from
 * @param fields the fields of education and training it draws on (ISCED-F 2013)
 * @param occupations the occupations it draws on (ISCO-08 codes)
 * @param escoOccupations the same as ESCO occupations (URIs)
 * @param distinct the possible duplicates shown were looked at: it is another venture
 * @param version the version read, for edits; a stale one is refused
 */
public record VentureDraft(
        VentureKind kind,
        Long parentId,
        Map<String, String> name,
        Map<String, String> pitch,
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
        Long organizationId,
        Long collegeId,
        Long agreementId,
        List<String> fields,
        List<String> occupations,
        List<String> escoOccupations,
        Boolean distinct,
        Long version) {

    public VentureDraft {
        name = name == null ? Map.of() : name;
        pitch = pitch == null ? Map.of() : pitch;
        alsoKnownAs = alsoKnownAs == null
                ? List.of()
                : alsoKnownAs.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        website = blankToNull(website);
        country = blankToNull(country);
        city = blankToNull(city);
        legalForm = blankToNull(legalForm);
        registrationNumber = blankToNull(registrationNumber);
        sector = blankToNull(sector) == null ? null : sector.strip().toUpperCase(java.util.Locale.ROOT);
        sdgs = sdgs == null
                ? List.of()
                : sdgs.stream().filter(Objects::nonNull).distinct().sorted().toList();
        distinct = Boolean.TRUE.equals(distinct);
    }

    /** Its codes as written: blanks dropped, the rest trimmed. */
    public Codes codes() {
        return Codes.of(fields, occupations, escoOccupations);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
