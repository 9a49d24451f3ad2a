package org.vocbridge.directory;

import java.time.LocalDate;

/**
 * A person's work for an organization, now or in the past.
 *
 * @param endedOn when it ended; null while it lasts
 */
public record AffiliationPeriod(long personId, long organizationId, LocalDate endedOn) {

    /** Whether it lasted until the day given or later. */
    public boolean lastedUntil(LocalDate day) {
        return endedOn == null || !endedOn.isBefore(day);
    }
}
