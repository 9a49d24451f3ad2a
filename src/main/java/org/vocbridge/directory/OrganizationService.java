package org.vocbridge.directory;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.domain.Organization;
import org.vocbridge.directory.domain.OrganizationKind;
import org.vocbridge.directory.domain.OrganizationRepository;
import org.vocbridge.directory.domain.OrganizationStatus;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Organizations: list and filter, read, create and change (by their editors only). */
@Service
public class OrganizationService {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Lists count their records exactly up to this number and say "more than" beyond it: counting
     * every match exactly would stop Lucene from skipping the records that cannot make the page.
     */
    public static final int EXACT_COUNT_UP_TO = 10_000;

    private final OrganizationRepository organizations;
    private final EntityManager entityManager;
    private final TaxonomyApi taxonomy;
    private final AccountsApi accounts;
    private final DraftChecks checks;
    private final FileStorage files;

    OrganizationService(
            OrganizationRepository organizations,
            EntityManager entityManager,
            TaxonomyApi taxonomy,
            AccountsApi accounts,
            DraftChecks checks,
            FileStorage files) {
        this.files = files;
        this.organizations = organizations;
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.checks = checks;
    }

    /** Sorted by relevance when there is free text, else by name in the reader's language. */
    @Transactional(readOnly = true)
    public ResultPage<OrganizationSummary> list(OrganizationFilter filter, int page, int size, Locale locale) {
        Set<String> countries = groupCountries(filter);
        SearchResult<Organization> result = Search.session(entityManager)
                .search(Organization.class)
                .where((f, root) -> filters(f, root, filter, countries))
                .sort(f -> order(f, filter, locale))
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(offset(page, size), pageSize(size));
        return new ResultPage<>(
                result.hits().stream()
                        .map(o -> OrganizationSummary.of(o, false))
                        .toList(),
                Math.max(0, page),
                pageSize(size),
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    /** The same list as {@link #list}, as rows read from the index alone: what list pages show. */
    @Transactional(readOnly = true)
    public ResultPage<OrganizationRow> rows(OrganizationFilter filter, int page, int size, Locale locale) {
        Set<String> countries = groupCountries(filter);
        SearchResult<OrganizationRow> result = Search.session(entityManager)
                .search(Organization.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("kind", OrganizationKind.class),
                                f.field("country", String.class),
                                f.field("name_json", String.class))
                        .asList(row -> new OrganizationRow(
                                (Long) row.get(0),
                                (OrganizationKind) row.get(1),
                                (String) row.get(2),
                                LocalizedTextBinder.fromJson((String) row.get(3)))))
                .where((f, root) -> filters(f, root, filter, countries))
                .sort(f -> order(f, filter, locale))
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(offset(page, size), pageSize(size));
        return new ResultPage<>(
                result.hits(),
                Math.max(0, page),
                pageSize(size),
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    private Set<String> groupCountries(OrganizationFilter filter) {
        return blank(filter.group())
                ? null
                : taxonomy.countriesInGroup(filter.group().strip());
    }

    private static void filters(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> root,
            OrganizationFilter filter,
            Set<String> groupCountries) {
        root.add(f.matchAll());
        if (!blank(filter.q())) {
            root.add(f.or(
                    TextQuery.predicate(f, filter.q().strip(), "name", "description"),
                    f.match().field("acronym").matching(filter.q().strip()).toPredicate()));
        }
        if (!blank(filter.country())) {
            root.add(f.match().field("country").matching(filter.country().strip()));
        }
        if (groupCountries != null) {
            root.add(f.terms().field("country").matchingAny(groupCountries.isEmpty() ? Set.of("--") : groupCountries));
        }
        if (filter.kind() != null) {
            root.add(f.match().field("kind").matching(filter.kind()));
        }
        if (filter.alliance() != null) {
            root.add(f.match().field("alliance").matching(filter.alliance()));
        }
        if (!blank(filter.field())) {
            root.add(f.match().field("field").matching(filter.field().strip()));
        }
        if (!blank(filter.occupation())) {
            root.add(f.match().field("occupation").matching(filter.occupation().strip()));
        }
    }

    private static SortFinalStep order(SearchSortFactory f, OrganizationFilter filter, Locale locale) {
        String language =
                LocalizedTextBinder.SORT_LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        return blank(filter.q())
                ? f.field("name_sort_" + language).missing().last().then().field("id")
                : f.score().then().field("id");
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private static int offset(int page, int size) {
        return Math.max(0, page) * pageSize(size);
    }

    @Transactional(readOnly = true)
    public OrganizationSummary get(long id, CurrentUser viewer) {
        Organization organization = require(id);
        return OrganizationSummary.of(organization, canEdit(viewer, id));
    }

    /** An organization's name and country, for lists that name organizations they refer to. */
    public record Label(long id, LocalizedText name, String country) {}

    /** The names and countries of the organizations, by id, read without the rest of the records. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Map<Long, Label> labels(java.util.Collection<Long> ids) {
        Map<Long, Label> labels = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            organizations
                    .labels(ids)
                    .forEach(row -> labels.put(
                            (Long) row[0],
                            new Label((Long) row[0], LocalizedText.of((Map<String, String>) row[1]), (String) row[2])));
        }
        return labels;
    }

    @Transactional(readOnly = true)
    public List<OrganizationSummary> all(java.util.Collection<Long> ids) {
        return organizations.findByIdIn(ids).stream()
                .map(o -> OrganizationSummary.of(o, false))
                .toList();
    }

    /**
     * The ids of the organizations named so, in any of their languages; for one-off data loads
     * (it reads every organization).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByName(java.util.Collection<String> names) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (Organization organization : organizations.findAll()) {
            for (String text : organization.name().texts()) {
                if (names.contains(text)) {
                    ids.putIfAbsent(text, organization.id());
                }
            }
        }
        return ids;
    }

    public boolean canEdit(CurrentUser user, long id) {
        return accounts.holds(user, Role.ORGANIZATION_EDITOR, id);
    }

    /** Creates an organization; its creator becomes its editor. */
    @Transactional
    public OrganizationSummary create(CurrentUser actor, OrganizationDraft draft) {
        actor.requireSignedIn();
        check(draft);
        Organization organization = new Organization(
                draft.kind(), LocalizedText.of(draft.name()), draft.country().strip());
        apply(organization, draft);
        organizations.save(organization);
        OrganizationSummary after = OrganizationSummary.of(organization, true);
        accounts.audit(actor, "create", "organization", organization.id(), null, after);
        accounts.grant(actor, actor.id(), Role.ORGANIZATION_EDITOR, organization.id());
        return after;
    }

    @Transactional
    public OrganizationSummary update(CurrentUser actor, long id, OrganizationDraft draft) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        Organization organization = require(id);
        if (draft.version() == null) {
            new InputCheck().reject("version", "error.required").throwIfAny();
        }
        if (!organization.isVersion(draft.version())) {
            throw new ConcurrentEditException("Organization", id);
        }
        check(draft);
        OrganizationSummary before = OrganizationSummary.of(organization, true);
        apply(organization, draft);
        organizations.flush();
        OrganizationSummary after = OrganizationSummary.of(organization, true);
        accounts.audit(actor, "update", "organization", id, before, after);
        return after;
    }

    /** Largest logo accepted, in bytes. */
    public static final long MAX_LOGO_BYTES = 1024 * 1024;

    /** A stored logo and its media type. */
    public record Logo(byte[] content, String mediaType) {}

    /** Sets the organization's logo: a PNG, JPEG or WebP image of at most 1 MB, checked by its content. */
    @Transactional
    public OrganizationSummary setLogo(CurrentUser actor, long id, byte[] content, String declaredType) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        Organization organization = require(id);
        String mediaType = UploadCheck.check(
                "file",
                content,
                declaredType,
                Set.of(UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP),
                MAX_LOGO_BYTES);
        OrganizationSummary before = OrganizationSummary.of(organization, true);
        organization.logo(files.store(content), mediaType);
        organizations.flush();
        OrganizationSummary after = OrganizationSummary.of(organization, true);
        accounts.audit(actor, "logo", "organization", id, before, after);
        return after;
    }

    @Transactional
    public OrganizationSummary removeLogo(CurrentUser actor, long id) {
        accounts.require(actor, Role.ORGANIZATION_EDITOR, id);
        Organization organization = require(id);
        OrganizationSummary before = OrganizationSummary.of(organization, true);
        organization.logo(null, null);
        organizations.flush();
        OrganizationSummary after = OrganizationSummary.of(organization, true);
        accounts.audit(actor, "logo", "organization", id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Logo> logo(long id) {
        Organization organization = require(id);
        if (organization.logoKey() == null) {
            return java.util.Optional.empty();
        }
        return files.read(organization.logoKey()).map(content -> new Logo(content, organization.logoType()));
    }

    /** Checks a draft without saving it: every problem at once, for forms and import dry runs. */
    public void check(OrganizationDraft draft) {
        InputCheck check = new InputCheck();
        check.require("kind", draft.kind());
        checks.name(check, "name", draft.name());
        check.maxLength("acronym", draft.acronym(), 40);
        checks.country(check, "country", draft.country(), true);
        check.localized("city", draft.city(), 100);
        checks.website(check, draft.website());
        check.localized("description", draft.description(), DraftChecks.TEXT_MAX);
        checks.codes(check, draft.fields(), draft.occupations());
        checks.email(check, "publicEmail", draft.publicEmail());
        check.maxLength("publicPhone", draft.publicPhone(), 60);
        check.maxLength("privateContact", draft.privateContact(), 1000);
        check.throwIfAny();
    }

    private void apply(Organization organization, OrganizationDraft draft) {
        organization.update(
                draft.kind(),
                LocalizedText.of(draft.name()),
                trim(draft.acronym()),
                draft.country().strip(),
                LocalizedText.of(draft.city()),
                trim(draft.website()),
                LocalizedText.of(draft.description()),
                draft.fields() == null ? Set.of() : new TreeSet<>(draft.fields()),
                draft.occupations() == null ? Set.of() : new TreeSet<>(draft.occupations()),
                trim(draft.publicEmail()),
                trim(draft.publicPhone()),
                trim(draft.privateContact()),
                draft.status() == null ? OrganizationStatus.ACTIVE : draft.status());
    }

    Organization require(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}
