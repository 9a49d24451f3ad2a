package org.vocbridge.library.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The published public library as harvesters see it (OAI-PMH): records in id order after a cursor,
 * with their datestamp (last change), optionally of one kind and within a time range. Nothing under
 * review or for members only is ever in it. {@code from} is inclusive, {@code before} exclusive.
 */
@Service
@RequiredArgsConstructor
public class LibraryHarvest {

    private final ResourceRepository resources;
    private final ResourceAccess access;
    private final ResourceSummaries summaries;

    /** A harvested record: the resource and when it last changed. */
    public record Harvested(ResourceSummary resource, Instant datestamp) {}

    /** One page of records, and how many match in all. */
    public record Batch(List<Harvested> records, long total, boolean more) {}

    @Transactional(readOnly = true)
    public Batch page(ResourceKind kind, Instant from, Instant before, long afterId, int size) {
        var page = resources.findAll(harvestable(kind, from, before, afterId), PageRequest.of(0, size, Sort.by("id")));
        long total = resources.count(harvestable(kind, from, before, 0));
        return new Batch(harvested(page.getContent()), total, page.hasNext());
    }

    @Transactional(readOnly = true)
    public Optional<Harvested> one(long id) {
        return resources.findById(id).filter(Resource::isPublicToAll).map(r -> harvested(List.of(r))
                .get(0));
    }

    /** When the oldest harvestable record last changed (the repository's earliest datestamp). */
    @Transactional(readOnly = true)
    public Optional<Instant> earliest() {
        return resources.findAll(harvestable(null, null, null, 0), PageRequest.of(0, 1, Sort.by("updatedAt"))).stream()
                .findFirst()
                .map(Resource::updatedAt);
    }

    private List<Harvested> harvested(List<Resource> list) {
        List<ResourceSummary> found = summaries.of(list, access.reader(CurrentUser.ANONYMOUS));
        List<Harvested> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new Harvested(found.get(i), list.get(i).updatedAt()));
        }
        return out;
    }

    private static Specification<Resource> harvestable(ResourceKind kind, Instant from, Instant before, long afterId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), ResourceStatus.PUBLISHED));
            where.add(cb.equal(root.get("visibility"), ResourceVisibility.PUBLIC));
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), from));
            }
            if (before != null) {
                where.add(cb.lessThan(root.get("updatedAt"), before));
            }
            if (afterId > 0) {
                where.add(cb.greaterThan(root.get("id"), afterId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
