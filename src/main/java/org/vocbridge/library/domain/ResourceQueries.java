package org.vocbridge.library.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.library.Authorship;
import org.vocbridge.library.ResourceHit;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Reading the library: one resource, several, and the list, searched by words when there are any
 * (published resources, by relevance unless another order is asked for) and otherwise filtered in
 * the database (any status the reader may see).
 */
@Service
public class ResourceQueries {

    private final ResourceRepository resources;
    private final ResourceAccess access;
    private final ResourceSummaries summaries;
    private final ResourceSearch search;
    private final DirectoryApi directory;
    private final TransactionTemplate readOnly;

    ResourceQueries(
            ResourceRepository resources,
            ResourceAccess access,
            ResourceSummaries summaries,
            ResourceSearch search,
            DirectoryApi directory,
            PlatformTransactionManager transactions) {
        this.resources = resources;
        this.access = access;
        this.summaries = summaries;
        this.search = search;
        this.directory = directory;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Transactional(readOnly = true)
    public ResourceSummary get(long id, CurrentUser user) {
        return summaries.of(access.requireVisible(user, id), access.reader(user));
    }

    /** The resource, to edit: refused to anyone but its owners' editors (not found to those who may not see it). */
    @Transactional(readOnly = true)
    public ResourceSummary getToEdit(long id, CurrentUser user) {
        return summaries.of(access.requireOwned(user, id), access.reader(user));
    }

    /** The resources among the ids that the user may see. */
    @Transactional(readOnly = true)
    public List<ResourceSummary> all(Collection<Long> ids, CurrentUser user) {
        ResourceAccess.Reader reader = access.reader(user);
        return summaries.of(
                resources.findAllById(ids).stream().filter(reader::sees).toList(), reader);
    }

    /**
     * A search reads the index first and holds a database connection only for the found rows; a
     * list without words is read from the database in one transaction.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ResultPage<ResourceHit> find(String query, ResourceFilter filter, int page, int size, CurrentUser user) {
        boolean published = filter.status() == null || filter.status() == ResourceStatus.PUBLISHED;
        return query != null && !query.isBlank() && published
                ? search.search(query, filter, page, size, access.reader(user))
                : list(filter, page, size, user);
    }

    private ResultPage<ResourceHit> list(ResourceFilter filter, int page, int size, CurrentUser user) {
        return readOnly.execute(tx -> {
            Page<Resource> found = resources.findAll(
                    specification(filter, access.reader(user)), PageRequest.of(page, size, filter.order()));
            return new ResultPage<>(
                    found.getContent().stream().map(Resource::hit).toList(), page, size, found.getTotalElements());
        });
    }

    /**
     * An alliance's published resources by kind, counted from the records: the public ones, and for
     * the alliance's members (and admins) those for members only too.
     */
    @Transactional(readOnly = true)
    public Map<ResourceKind, Long> publishedByKind(long allianceId, CurrentUser user) {
        directory.alliance(allianceId);
        Set<ResourceVisibility> visibilities =
                user.admin() || access.reader(user).memberOf().contains(allianceId)
                        ? Set.of(ResourceVisibility.PUBLIC, ResourceVisibility.MEMBERS)
                        : Set.of(ResourceVisibility.PUBLIC);
        Map<ResourceKind, Long> counts = new EnumMap<>(ResourceKind.class);
        resources
                .countPublishedByKind(allianceId, visibilities)
                .forEach(r -> counts.put((ResourceKind) r[0], (Long) r[1]));
        return counts;
    }

    /** The resources any of the people wrote, with all their authors. */
    @Transactional(readOnly = true)
    public List<Authorship> authorships(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return resources.findDistinctByAuthorsIn(personIds).stream()
                .sorted(java.util.Comparator.comparing(Resource::id))
                .map(r -> new Authorship(
                        r.id(),
                        r.title(),
                        r.writtenAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate(),
                        r.authors()))
                .toList();
    }

    /** The ids of the resources titled so in any language; for one-off data loads (reads every resource). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByTitle(Collection<String> titles) {
        return LocalizedText.idsByText(titles, resources.findAll(), Resource::title, Resource::id);
    }

    private static Specification<Resource> specification(ResourceFilter f, ResourceAccess.Reader reader) {
        return (root, query, cb) -> {
            query.distinct(true);
            List<Predicate> where = new ArrayList<>();
            // what the reader may see, as SQL: the same rule as Reader.sees
            if (!reader.user().admin()) {
                List<Predicate> visible = new ArrayList<>();
                Predicate published = cb.equal(root.get("status"), ResourceStatus.PUBLISHED);
                visible.add(cb.and(published, cb.equal(root.get("visibility"), ResourceVisibility.PUBLIC)));
                if (!reader.memberOf().isEmpty()) {
                    visible.add(cb.and(published, root.get("allianceId").in(reader.memberOf())));
                }
                if (!reader.secretariatOf().isEmpty()) {
                    visible.add(root.get("allianceId").in(reader.secretariatOf()));
                }
                if (!reader.editorOf().isEmpty()) {
                    Join<Resource, Long> owner = root.join("owners");
                    visible.add(owner.in(reader.editorOf()));
                }
                where.add(cb.or(visible.toArray(Predicate[]::new)));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.country() != null) {
                where.add(cb.isMember(f.country(), root.get("countries")));
            }
            if (f.field() != null) {
                Join<Resource, String> field = root.join("codes").join("fields");
                where.add(cb.like(field, f.field() + "%"));
            }
            if (f.occupation() != null) {
                Join<Resource, String> occupation = root.join("codes").join("occupations");
                where.add(cb.like(occupation, f.occupation() + "%"));
            }
            if (f.language() != null) {
                where.add(cb.equal(root.get("contentLanguage"), f.language()));
            }
            if (f.licence() != null) {
                where.add(cb.equal(root.get("licence"), f.licence()));
            }
            if (f.alliance() != null) {
                where.add(cb.equal(root.get("allianceId"), f.alliance()));
            }
            if (f.organization() != null) {
                where.add(cb.isMember(f.organization(), root.get("owners")));
            }
            where.add(cb.equal(root.get("status"), f.status() == null ? ResourceStatus.PUBLISHED : f.status()));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
