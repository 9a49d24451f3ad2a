package org.vocbridge.ventures;

import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.ventures.domain.Ventures;

/** What other modules may ask of the ventures database. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VenturesApi {

    private final Ventures ventures;

    /** The ventures of an organization: those that are it in the directory, and those its graduates founded. */
    public List<VentureSummary> ofOrganization(long organizationId) {
        return ventures.ofOrganization(organizationId);
    }

    /** The ventures with these ids that exist, in no particular order. */
    public List<VentureSummary> byIds(Collection<Long> ids) {
        return ventures.byIds(ids);
    }
}
