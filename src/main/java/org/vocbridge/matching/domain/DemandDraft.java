package org.vocbridge.matching.domain;

import java.util.Map;
import org.vocbridge.matching.DemandKind;
import org.vocbridge.matching.DemandProfile;
import org.vocbridge.matching.PostingStatus;

/**
 * A demand as its organization writes it; version is the one read, for a change.
 *
 * @param status OPEN (the default) or CLOSED
 */
public record DemandDraft(
        Long organizationId,
        DemandKind kind,
        Map<String, String> title,
        Map<String, String> description,
        DemandProfile profile,
        PostingStatus status,
        Long version) {}
