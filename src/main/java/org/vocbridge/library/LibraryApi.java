package org.vocbridge.library;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.library.domain.ResourceDraft;
import org.vocbridge.library.domain.ResourceFilter;
import org.vocbridge.library.domain.ResourceQueries;
import org.vocbridge.library.domain.Resources;
import org.vocbridge.shared.security.CurrentUser;

/** What other modules ask of the library: the resources their records refer to, and an alliance's library in numbers. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LibraryApi {

    private final ResourceQueries queries;
    private final Resources resources;

    /** The resource, if it exists and the user may see it. */
    public Optional<ResourceSummary> resource(long id, CurrentUser user) {
        return Optional.ofNullable(resources(List.of(id), user).get(id));
    }

    /** The resources any of the people wrote, with all their authors, whatever their status. */
    public List<Authorship> authorships(Collection<Long> personIds) {
        return queries.authorships(personIds);
    }

    /** The resources among the ids that exist and the user may see, by id. */
    public Map<Long, ResourceSummary> resources(Collection<Long> ids, CurrentUser user) {
        return queries.all(ids, user).stream().collect(Collectors.toMap(ResourceSummary::id, r -> r));
    }

    /**
     * Catalogues an event's recording as a resource of kind {@link ResourceKind#RECORDING}, linking
     * the page where it plays, and returns its id. The caller has checked that the actor organizes
     * the event. A recording catalogued before ({@code catalogued}) is described anew; a new one is
     * published at once when the actor reviews the alliance's resources, otherwise submitted to the
     * secretariat like any other resource. Bad input is rejected as for any resource.
     */
    public long catalogueRecording(CurrentUser actor, RecordingEntry entry, Long catalogued) {
        ResourceDraft draft = new ResourceDraft(
                ResourceKind.RECORDING,
                entry.title().values(),
                entry.summary().values(),
                entry.language(),
                null,
                entry.allianceId(),
                null,
                null,
                null,
                null,
                Licence.ALL_RIGHTS_RESERVED,
                ResourceVisibility.PUBLIC,
                entry.hosts(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                List.of(new ResourceSummary.Link(entry.page(), null)),
                null);
        return resources.catalogue(actor, draft, catalogued, entry.demo());
    }

    /** The ids of the resources titled so in any language; for one-off data loads (reads every resource). */
    public Map<String, Long> resourceIdsByTitle(Collection<String> titles) {
        return queries.idsByTitle(titles);
    }

    /** An alliance's published resources by kind (members-only ones counted for its members). */
    public Map<ResourceKind, Long> publishedByKind(long allianceId, CurrentUser user) {
        return queries.publishedByKind(allianceId, user);
    }

    /** The organization's published resources the reader may see, the newest first: the choices of a showcase. */
    public List<ResourceHit> publishedOf(long organizationId, CurrentUser reader, int limit) {
        ResourceFilter owned = new ResourceFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                organizationId,
                ResourceStatus.PUBLISHED,
                ResourceFilter.Sort.NEWEST);
        return queries.find(null, owned, 0, limit, reader).items();
    }
}
