package org.vocbridge.matching;

import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/** An offer as everyone reads it, with the ESCO version its skills and occupations were named in. */
public record OfferSummary(
        long id,
        long version,
        long organizationId,
        LocalizedText programme,
        LocalizedText description,
        LocalizedText trainingBases,
        OfferProfile profile,
        String escoVersion,
        PostingStatus status,
        boolean demo,
        Instant updatedAt) {}
