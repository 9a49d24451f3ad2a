package org.vocbridge.matching.domain;

import java.util.Map;
import org.vocbridge.matching.OfferProfile;
import org.vocbridge.matching.PostingStatus;

/**
 * An offer as its college writes it; version is the one read, for a change.
 *
 * @param status OPEN (the default) or CLOSED
 */
public record OfferDraft(
        Long organizationId,
        Map<String, String> programme,
        Map<String, String> description,
        Map<String, String> trainingBases,
        OfferProfile profile,
        PostingStatus status,
        Long version) {}
