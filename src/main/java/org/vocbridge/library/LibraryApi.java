package org.vocbridge.library;

import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.library.domain.ResourceQueries;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/** What other modules ask of the library: the resources their records refer to, and an alliance's library in numbers. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LibraryApi {

    private final ResourceQueries queries;

    /** The resource, if it exists and the user may see it. */
    public Optional<ResourceSummary> resource(long id, CurrentUser user) {
        try {
            return Optional.of(queries.get(id, user));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** An alliance's published resources by kind (members-only ones counted for its members). */
    public Map<ResourceKind, Long> publishedByKind(long allianceId, CurrentUser user) {
        return queries.publishedByKind(allianceId, user);
    }
}
