package org.vocbridge.matching;

import java.time.Instant;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/**
 * An offer as everyone reads it, with the ESCO version its skills and occupations were named in.
 *
 * @param taughtSkills the skills matching counts as taught: those ticked in the profile, and the
 *     essential skills of the ESCO occupations of the library resources it teaches from
 */
public record OfferSummary(
        long id,
        long version,
        long organizationId,
        LocalizedText programme,
        LocalizedText description,
        LocalizedText trainingBases,
        OfferProfile profile,
        List<String> taughtSkills,
        String escoVersion,
        PostingStatus status,
        boolean demo,
        Instant updatedAt) {}
