package org.vocbridge.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * A person as others see them.
 *
 * @param email only for those who may edit the person; null for everyone else
 */
public record PersonSummary(
        long id,
        long version,
        LocalizedText name,
        LocalizedText position,
        LocalizedText description,
        String country,
        String email,
        List<Affiliation> affiliations,
        Set<String> fields,
        Set<String> occupations,
        Set<String> escoOccupations,
        Set<String> keywords,
        Set<String> languages,
        List<AppointmentSummary> appointments,
        Set<String> missingLanguages,
        boolean demo) {

    /** An organization the person works for. */
    public record Affiliation(long organizationId, LocalizedText name) {}

    /**
     * A think-tank appointment.
     *
     * @param letter whether a signed letter is stored (shown to the person's editors and the secretariat)
     */
    public record AppointmentSummary(
            long id,
            long allianceId,
            LocalizedText allianceName,
            LocalizedText role,
            LocalDate from,
            LocalDate to,
            String document,
            boolean letter) {}

    public boolean expert() {
        return !appointments.isEmpty();
    }
}
