package org.vocbridge.matching;

import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/**
 * A demand as everyone reads it, with the ESCO version its skills and occupations were named in.
 *
 * @param ventureId the venture whose need it stands for, posted from the ventures database; null
 *     when the organization posted it
 */
public record DemandSummary(
        long id,
        long version,
        long organizationId,
        DemandKind kind,
        LocalizedText title,
        LocalizedText description,
        DemandProfile profile,
        String escoVersion,
        PostingStatus status,
        boolean demo,
        Long ventureId,
        Instant updatedAt) {}
