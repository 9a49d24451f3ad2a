package org.vocbridge.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.cooperation.CooperationApi;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.library.domain.Licence;
import org.vocbridge.library.domain.Resource;
import org.vocbridge.library.domain.ResourceKind;
import org.vocbridge.library.domain.ResourceLink;
import org.vocbridge.library.domain.ResourceRepository;
import org.vocbridge.library.domain.ResourceStatus;
import org.vocbridge.library.domain.ResourceVersion;
import org.vocbridge.library.domain.ResourceVersionRepository;
import org.vocbridge.library.domain.ResourceVisibility;
import org.vocbridge.search.SearchableType;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.Codes;
import org.vocbridge.taxonomy.EscoOccupationSummary;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Resources of the library: who sees them (published public ones everyone; members-only ones the
 * alliance's members; anything under review only its owners' editors and its reviewer), submitting
 * and editing by the owners' editors, and review by the alliance secretariat.
 */
@Service
public class ResourceService {

    static final int TEXT_MAX = 10_000;

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final DirectoryApi directory;
    private final CooperationApi cooperation;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final EntityManager entityManager;

    ResourceService(
            ResourceRepository resources,
            ResourceVersionRepository versions,
            DirectoryApi directory,
            CooperationApi cooperation,
            AccountsApi accounts,
            TaxonomyApi taxonomy,
            EntityManager entityManager) {
        this.resources = resources;
        this.versions = versions;
        this.directory = directory;
        this.cooperation = cooperation;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.entityManager = entityManager;
    }

    // ---- who may see and change ----

    /** What a user is to the library: the organizations they edit, the alliances they belong to or run. */
    record Reader(CurrentUser user, Set<Long> editorOf, Set<Long> memberOf, Set<Long> secretariatOf) {

        boolean owns(Resource r) {
            return user.admin() || r.owners().stream().anyMatch(editorOf::contains);
        }

        boolean reviews(Resource r) {
            return user.admin() || (r.allianceId() != null && secretariatOf.contains(r.allianceId()));
        }

        boolean sees(Resource r) {
            if (r.status() == ResourceStatus.PUBLISHED) {
                return r.visibility() == ResourceVisibility.PUBLIC
                        || owns(r)
                        || reviews(r)
                        || (r.allianceId() != null && memberOf.contains(r.allianceId()));
            }
            return owns(r) || reviews(r);
        }
    }

    Reader reader(CurrentUser user) {
        if (!user.signedIn()) {
            return new Reader(user, Set.of(), Set.of(), Set.of());
        }
        Set<Long> editorOf = accounts.scopes(user, Role.ORGANIZATION_EDITOR);
        Set<Long> secretariatOf = accounts.scopes(user, Role.ALLIANCE_SECRETARIAT);
        Set<Long> memberOf = new HashSet<>(secretariatOf);
        memberOf.addAll(directory.currentAlliancesOf(editorOf));
        return new Reader(user, editorOf, memberOf, secretariatOf);
    }

    /** The resource, if the user may see it; anything else is "not found", so nothing leaks. */
    Resource requireVisible(CurrentUser user, long id) {
        Resource resource = resources.findById(id).orElseThrow(() -> new NotFoundException("Resource", id));
        if (!reader(user).sees(resource)) {
            throw new NotFoundException("Resource", id);
        }
        return resource;
    }

    Resource requireOwned(CurrentUser user, long id) {
        user.requireSignedIn();
        Resource resource = requireVisible(user, id);
        if (!reader(user).owns(resource)) {
            throw new AccessDeniedException("Only the owners' editors change a resource");
        }
        return resource;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long id) {
        return user.signedIn() && resources.findById(id).map(reader(user)::owns).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canReview(CurrentUser user, long id) {
        return user.signedIn()
                && resources.findById(id).map(reader(user)::reviews).orElse(false);
    }

    // ---- reading ----

    /** The resource, to edit: refused to anyone but its owners' editors (not found to those who may not see it). */
    @Transactional(readOnly = true)
    public ResourceSummary getToEdit(long id, CurrentUser user) {
        return summaries(List.of(requireOwned(user, id)), reader(user)).get(0);
    }

    @Transactional(readOnly = true)
    public ResourceSummary get(long id, CurrentUser user) {
        return summaries(List.of(requireVisible(user, id)), reader(user)).get(0);
    }

    @Transactional(readOnly = true)
    public List<ResourceSummary> all(java.util.Collection<Long> ids, CurrentUser user) {
        Reader reader = reader(user);
        return summaries(
                resources.findAllById(ids).stream().filter(reader::sees).toList(), reader);
    }

    /**
     * The library list: searched by words when there are any (published resources, by relevance unless
     * another order is asked for), otherwise filtered in the database (any status the reader may see).
     */
    @Transactional(readOnly = true)
    public ResultPage<ResourceHit> find(String query, ResourceFilter filter, int page, int size, CurrentUser user) {
        boolean published = filter.status() == null || filter.status() == ResourceStatus.PUBLISHED;
        return query != null && !query.isBlank() && published
                ? search(query, filter, page, size, user)
                : list(filter, page, size, user);
    }

    @Transactional(readOnly = true)
    public ResultPage<ResourceHit> list(ResourceFilter filter, int page, int size, CurrentUser user) {
        Reader reader = reader(user);
        var found = resources.findAll(specification(filter, reader), PageRequest.of(page, size, order(filter)));
        return new ResultPage<>(
                found.getContent().stream().map(ResourceHit::of).toList(), page, size, found.getTotalElements());
    }

    private static Sort order(ResourceFilter filter) {
        return switch (filter.sort() == null ? ResourceFilter.Sort.NEWEST : filter.sort()) {
            case DOWNLOADS -> Sort.by(Sort.Order.desc("downloads"), Sort.Order.desc("id"));
            case TITLE -> Sort.by("id");
            case NEWEST, RELEVANCE -> Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
        };
    }

    /** Search results re-ordered by date or downloads come from at most this many best matches. */
    static final int REORDERED_MATCHES = 1_000;

    static final int MAX_QUERY_LENGTH = 200;

    static final int EXACT_COUNT_UP_TO = 1_000;

    /**
     * Published resources the reader may see whose title, summary or file text matches the words
     * (in any language: the query's script picks the analyzers), or whose ISCO-08 or ISCED-F code is
     * the query; with the list's filters. Ordered by relevance, or by date or downloads among the
     * best {@value #REORDERED_MATCHES} matches.
     */
    @Transactional(readOnly = true)
    public ResultPage<ResourceHit> search(String query, ResourceFilter f, int page, int size, CurrentUser user) {
        Reader reader = reader(user);
        String text = query.strip();
        String words = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        SearchSession session = Search.session(entityManager);
        var search = session.search(Resource.class)
                .select(p -> p.id(Long.class))
                .where((p, root) -> {
                    var matches = p.or().add(TextQuery.predicate(p, words, "name", "description", "content"));
                    if (words.matches("\\d{1,4}")) {
                        matches.add(
                                p.match().field("occupation").matching(words).boost(8f));
                        matches.add(p.match().field("field").matching(words).boost(8f));
                    }
                    root.add(matches);
                    if (!reader.user().admin()) {
                        root.add(p.terms().field(SearchableType.AUDIENCE).matchingAny(audiences(reader)));
                    }
                    if (f.kind() != null) {
                        root.add(p.match().field("kind").matching(f.kind()));
                    }
                    if (!blank(f.country())) {
                        root.add(p.match()
                                .field("countries")
                                .matching(f.country().strip().toUpperCase(java.util.Locale.ROOT)));
                    }
                    if (!blank(f.field())) {
                        root.add(p.match().field("field").matching(f.field().strip()));
                    }
                    if (!blank(f.occupation())) {
                        root.add(p.match()
                                .field("occupation")
                                .matching(f.occupation().strip()));
                    }
                    if (!blank(f.language())) {
                        root.add(p.match()
                                .field("language")
                                .matching(
                                        LocalizedText.normalizeTag(f.language().strip())));
                    }
                    if (f.licence() != null) {
                        root.add(p.match().field("licence").matching(f.licence()));
                    }
                    if (f.alliance() != null) {
                        root.add(p.match().field("alliance").matching(f.alliance()));
                    }
                    if (f.organization() != null) {
                        root.add(p.match().field("owners").matching(f.organization()));
                    }
                });
        if (f.sort() == null || f.sort() == ResourceFilter.Sort.RELEVANCE) {
            // counting every match exactly would keep Lucene from skipping what cannot rank on the page
            SearchResult<Long> found =
                    search.totalHitCountThreshold(EXACT_COUNT_UP_TO).fetch(page * size, size);
            return new ResultPage<>(
                    hits(found.hits()),
                    page,
                    size,
                    found.total().hitCountLowerBound(),
                    found.total().isHitCountExact());
        }
        List<Long> best = search.fetchHits(REORDERED_MATCHES);
        if (best.isEmpty()) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        var found = resources.findAll((root, q, cb) -> root.get("id").in(best), PageRequest.of(page, size, order(f)));
        return new ResultPage<>(
                found.getContent().stream().map(ResourceHit::of).toList(), page, size, found.getTotalElements());
    }

    /**
     * The found resources as a list shows them, in the order found, read in one query without
     * loading the entities; one that is no longer published is left out.
     */
    @SuppressWarnings("unchecked")
    private List<ResourceHit> hits(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ResourceHit> found = new java.util.HashMap<>();
        for (Object[] row : resources.listed(ids)) {
            ResourceHit hit = found.computeIfAbsent(
                    (Long) row[0],
                    id -> new ResourceHit(
                            id,
                            (ResourceKind) row[1],
                            LocalizedText.of((Map<String, String>) row[2]),
                            LocalizedText.of((Map<String, String>) row[3]),
                            (String) row[4],
                            new java.util.TreeSet<>(),
                            (Licence) row[5],
                            (ResourceVisibility) row[6],
                            (ResourceStatus) row[7],
                            (Long) row[8],
                            (Long) row[9],
                            (Boolean) row[10],
                            (java.time.Instant) row[11],
                            (java.time.Instant) row[12]));
            if (row[13] != null) {
                hit.countries().add((String) row[13]);
            }
        }
        return ids.stream()
                .map(found::get)
                .filter(h -> h != null && h.status() == ResourceStatus.PUBLISHED)
                .toList();
    }

    private static List<String> audiences(Reader reader) {
        List<String> audiences = new ArrayList<>();
        audiences.add(SearchableType.EVERYONE);
        reader.memberOf().forEach(a -> audiences.add(Resource.membersOf(a)));
        reader.editorOf().forEach(o -> audiences.add(Resource.editorsOf(o)));
        return audiences;
    }

    private static Specification<Resource> specification(ResourceFilter f, Reader reader) {
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
            if (!blank(f.country())) {
                where.add(cb.isMember(f.country().strip().toUpperCase(java.util.Locale.ROOT), root.get("countries")));
            }
            if (!blank(f.field())) {
                Join<Resource, String> field = root.join("fields");
                where.add(cb.like(field, f.field().strip() + "%"));
            }
            if (!blank(f.occupation())) {
                Join<Resource, String> occupation = root.join("occupations");
                where.add(cb.like(occupation, f.occupation().strip() + "%"));
            }
            if (!blank(f.language())) {
                where.add(cb.equal(root.get("contentLanguage"), LocalizedText.normalizeTag(f.language())));
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

    List<ResourceSummary> summaries(List<Resource> list, Reader reader) {
        Set<Long> ownerIds = list.stream().flatMap(r -> r.owners().stream()).collect(Collectors.toSet());
        Map<Long, OrganizationLabel> owners = directory.organizationLabels(ownerIds);
        // what every summary needs, read for the whole list at once
        List<Long> ids = list.stream().map(Resource::id).toList();
        Map<Long, List<ResourceSummary.Translation>> translations = new java.util.HashMap<>();
        Map<Long, VersionSummary> newest = new java.util.HashMap<>();
        Map<String, EscoOccupationSummary> escoLabels = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            resources.findByTranslationOfIn(ids).stream()
                    .filter(reader::sees)
                    .sorted(java.util.Comparator.comparing(Resource::id))
                    .forEach(t -> translations
                            .computeIfAbsent(t.translationOf(), k -> new ArrayList<>())
                            .add(new ResourceSummary.Translation(t.id(), t.contentLanguage(), t.title())));
            versions.findNewest(ids).forEach(v -> newest.put(v.resourceId(), version(v)));
            taxonomy.escoOccupations(list.stream()
                            .flatMap(r -> r.escoOccupations().stream())
                            .collect(Collectors.toSet()))
                    .forEach(e -> escoLabels.put(e.uri(), e));
        }
        List<ResourceSummary> out = new ArrayList<>();
        for (Resource r : list) {
            out.add(new ResourceSummary(
                    r.id(),
                    r.version(),
                    r.kind(),
                    r.title(),
                    r.summary(),
                    r.contentLanguage(),
                    r.translationOf(),
                    translations.getOrDefault(r.id(), List.of()),
                    r.allianceId(),
                    r.agreementId(),
                    r.educationLevel(),
                    r.durationHours(),
                    r.credits(),
                    r.licence(),
                    r.licence().url(),
                    r.visibility(),
                    r.status(),
                    reader.owns(r) || reader.reviews(r) ? r.reviewNote() : null,
                    r.owners().stream()
                            .map(owners::get)
                            .filter(o -> o != null)
                            .map(o -> new ResourceSummary.Owner(o.id(), o.name(), o.country()))
                            .toList(),
                    r.countries(),
                    r.fields(),
                    r.occupations(),
                    r.escoOccupations().stream()
                            .map(escoLabels::get)
                            .filter(e -> e != null)
                            .toList(),
                    r.links().stream()
                            .map(l -> new ResourceDraft.Link(l.url(), l.label()))
                            .toList(),
                    newest.get(r.id()),
                    r.downloads(),
                    r.demo(),
                    r.submittedAt(),
                    r.publishedAt()));
        }
        return out;
    }

    static VersionSummary version(ResourceVersion v) {
        return new VersionSummary(
                v.number(),
                v.changeNote(),
                v.fileName(),
                v.mediaType(),
                v.sizeBytes(),
                v.fileKey(),
                v.uploadedBy(),
                v.uploadedAt(),
                v.downloads(),
                v.packageOutline());
    }

    /**
     * An alliance's published resources by kind, counted from the records: the public ones, and for
     * the alliance's members (and admins) those for members only too.
     */
    @Transactional(readOnly = true)
    public Map<ResourceKind, Long> publishedByKind(long allianceId, CurrentUser user) {
        directory.alliance(allianceId);
        Reader reader = reader(user);
        Set<ResourceVisibility> visibilities = user.admin() || reader.memberOf().contains(allianceId)
                ? Set.of(ResourceVisibility.PUBLIC, ResourceVisibility.MEMBERS)
                : Set.of(ResourceVisibility.PUBLIC);
        Map<ResourceKind, Long> counts = new java.util.EnumMap<>(ResourceKind.class);
        resources
                .countPublishedByKind(allianceId, visibilities)
                .forEach(r -> counts.put((ResourceKind) r[0], (Long) r[1]));
        return counts;
    }

    // ---- writing ----

    /** Submits a resource for review; the submitter must edit one of its owner organizations. */
    @Transactional
    public ResourceSummary submit(CurrentUser actor, ResourceDraft draft) {
        return submit(actor, draft, false);
    }

    @Transactional
    ResourceSummary submit(CurrentUser actor, ResourceDraft draft, boolean demo) {
        actor.requireSignedIn();
        check(actor, draft, null);
        Reader reader = reader(actor);
        Set<Long> owners = draft.owners() == null ? Set.of() : draft.owners();
        if (!actor.admin() && owners.stream().noneMatch(reader.editorOf()::contains)) {
            throw new AccessDeniedException("Only an owner's editor submits a resource");
        }
        Resource resource = new Resource(draft.kind(), actor.username(), demo);
        apply(resource, draft);
        resources.save(resource);
        ResourceSummary after = summaries(List.of(resource), reader).get(0);
        accounts.audit(actor, "submit", "resource", resource.id(), null, after);
        return after;
    }

    /** Edits a resource; one that was given back goes to the reviewer again. */
    @Transactional
    public ResourceSummary update(CurrentUser actor, long id, ResourceDraft draft) {
        Resource resource = requireOwned(actor, id);
        if (draft.version() == null || !resource.isVersion(draft.version())) {
            throw new ConcurrentEditException("Resource", id);
        }
        check(actor, draft, id);
        Reader reader = reader(actor);
        Set<Long> owners = draft.owners() == null ? Set.of() : draft.owners();
        if (!actor.admin() && owners.stream().noneMatch(reader.editorOf()::contains)) {
            // an editor may not hand the resource over entirely to organizations they do not edit
            InputCheck check = new InputCheck().reject("owners", "error.resource.keepOwner");
            check.throwIfAny();
        }
        ResourceSummary before = summaries(List.of(resource), reader).get(0);
        apply(resource, draft);
        if (resource.status() == ResourceStatus.RETURNED) {
            resource.resubmit(actor.username());
        }
        resources.flush();
        ResourceSummary after = summaries(List.of(resource), reader).get(0);
        accounts.audit(actor, "update", "resource", id, before, after);
        return after;
    }

    /** The reviewer publishes a submitted resource, or gives it back (a published one too) with a note. */
    @Transactional
    public ResourceSummary review(CurrentUser actor, long id, Review review) {
        actor.requireSignedIn();
        Resource resource = requireVisible(actor, id);
        Reader reader = reader(actor);
        if (!reader.reviews(resource)) {
            throw new AccessDeniedException("Only the alliance secretariat reviews its resources");
        }
        InputCheck check =
                new InputCheck().require("decision", review.decision()).maxLength("note", review.note(), 2000);
        if (review.decision() == Review.Decision.PUBLISH && resource.status() != ResourceStatus.SUBMITTED) {
            check.reject("decision", "error.resource.notSubmitted");
        }
        if (review.decision() == Review.Decision.RETURN) {
            if (resource.status() == ResourceStatus.RETURNED) {
                check.reject("decision", "error.resource.returnedAlready");
            }
            if (blank(review.note())) {
                check.reject("note", "error.resource.reasonRequired");
            }
        }
        check.throwIfAny();
        ResourceSummary before = summaries(List.of(resource), reader).get(0);
        String note = blank(review.note()) ? null : review.note().strip();
        if (review.decision() == Review.Decision.PUBLISH) {
            resource.publish(actor.username(), note);
        } else {
            resource.giveBack(actor.username(), note);
        }
        resources.flush();
        ResourceSummary after = summaries(List.of(resource), reader).get(0);
        accounts.audit(
                actor,
                review.decision() == Review.Decision.PUBLISH ? "publish" : "return",
                "resource",
                id,
                before,
                after);
        return after;
    }

    private void check(CurrentUser actor, ResourceDraft draft, Long id) {
        InputCheck check = new InputCheck().require("kind", draft.kind()).require("licence", draft.licence());
        if (draft.title() == null || draft.title().values().stream().allMatch(ResourceService::blank)) {
            check.reject("title", "error.required");
        }
        check.localized("title", draft.title(), 500);
        check.localized("summary", draft.summary(), TEXT_MAX);
        if (blank(draft.language())) {
            check.reject("language", "error.required");
        } else if (!LocalizedText.isValidTag(draft.language().strip())) {
            check.reject("language", "error.languageTag", draft.language());
        }
        Set<Long> owners = draft.owners() == null ? Set.of() : draft.owners();
        if (owners.isEmpty()) {
            check.reject("owners", "error.resource.ownerRequired");
        } else if (directory.organizationLabels(owners).size() != owners.size()) {
            check.reject("owners", "error.organization.unknown");
        }
        ResourceVisibility visibility = draft.visibility() == null ? ResourceVisibility.PUBLIC : draft.visibility();
        if (draft.allianceId() != null) {
            try {
                directory.alliance(draft.allianceId());
            } catch (NotFoundException e) {
                check.reject("allianceId", "error.alliance.unknown");
            }
        } else if (visibility == ResourceVisibility.MEMBERS) {
            check.reject("allianceId", "error.resource.membersNeedAlliance");
        }
        if (draft.agreementId() != null && !cooperation.agreementVisibleTo(draft.agreementId(), actor)) {
            check.reject("agreementId", "error.agreement.unknown");
        }
        if (draft.translationOf() != null) {
            Resource original = resources.findById(draft.translationOf()).orElse(null);
            if (original == null
                    || !reader(actor).sees(original)
                    || draft.translationOf().equals(id)) {
                check.reject("translationOf", "error.resource.unknown");
            } else if (original.translationOf() != null) {
                check.reject("translationOf", "error.resource.translationOfTranslation");
            } else if (!blank(draft.language())
                    && original.contentLanguage()
                            .equals(LocalizedText.normalizeTag(draft.language().strip()))) {
                check.reject("language", "error.resource.sameLanguage");
            }
        }
        if (!blank(draft.educationLevel()) && !draft.educationLevel().strip().matches("[0-8]")) {
            check.reject("educationLevel", "error.resource.level");
        }
        if (draft.durationHours() != null && (draft.durationHours() < 1 || draft.durationHours() > 20_000)) {
            check.reject("durationHours", "error.number.range", 1, 20_000);
        }
        if (draft.credits() != null
                && (draft.credits().signum() <= 0 || draft.credits().compareTo(BigDecimal.valueOf(1000)) > 0)) {
            check.reject("credits", "error.resource.credits", 1000);
        }
        check.allKnown("countries", orEmpty(draft.countries()), taxonomy::isCountry, "error.country.unknown");
        taxonomy.check(check, Codes.of(draft.fields(), draft.occupations(), draft.escoOccupations()));
        List<ResourceDraft.Link> links = draft.links() == null ? List.of() : draft.links();
        if (links.size() > 20) {
            check.reject("links", "error.resource.tooManyLinks", 20);
        }
        for (int i = 0; i < links.size(); i++) {
            ResourceDraft.Link link = links.get(i);
            if (link == null || blank(link.url()) || !link.url().strip().matches("(?i)https?://[^\\s<>\"]+")) {
                check.reject("links[" + i + "].url", "error.website");
            } else {
                check.maxLength("links[" + i + "].url", link.url(), 300);
                check.maxLength("links[" + i + "].label", link.label(), 200);
            }
        }
        check.throwIfAny();
    }

    private void apply(Resource resource, ResourceDraft draft) {
        Set<String> escoUris = orEmpty(draft.escoOccupations());
        resource.describe(
                draft.kind(),
                LocalizedText.of(draft.title()),
                LocalizedText.of(draft.summary() == null ? Map.of() : draft.summary()),
                LocalizedText.normalizeTag(draft.language().strip()),
                draft.translationOf(),
                draft.allianceId(),
                draft.agreementId(),
                blank(draft.educationLevel()) ? null : draft.educationLevel().strip(),
                draft.durationHours(),
                draft.credits(),
                draft.licence(),
                draft.visibility() == null ? ResourceVisibility.PUBLIC : draft.visibility(),
                new LinkedHashSet<>(draft.owners()),
                upper(orEmpty(draft.countries())),
                new LinkedHashSet<>(orEmpty(draft.fields())),
                taxonomy.withEscoGroups(Codes.of(draft.fields(), draft.occupations(), escoUris))
                        .occupations(),
                new LinkedHashSet<>(escoUris),
                (draft.links() == null ? List.<ResourceDraft.Link>of() : draft.links())
                        .stream()
                                .map(l -> new ResourceLink(
                                        l.url().strip(),
                                        blank(l.label()) ? null : l.label().strip()))
                                .toList());
    }

    private static Set<String> upper(Set<String> codes) {
        return codes.stream()
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
