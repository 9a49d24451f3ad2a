package org.vocbridge.observatory;

import java.time.Instant;

/**
 * A country's release.
 *
 * @param number 1, 2, … per country once published; null before
 * @param entries how many values it adds, corrects or withdraws
 * @param openedBy who opened it; like the review note and who submitted and published it, given
 *     only to the country's data stewards and admins
 */
public record ReleaseSummary(
        long id,
        long version,
        String country,
        Integer number,
        ReleaseStatus status,
        String changeNote,
        String reviewNote,
        String openedBy,
        Instant openedAt,
        String submittedBy,
        Instant submittedAt,
        String publishedBy,
        Instant publishedAt,
        int entries,
        boolean demo) {}
