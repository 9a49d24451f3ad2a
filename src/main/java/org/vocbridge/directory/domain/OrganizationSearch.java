package org.vocbridge.directory.domain;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.OrganizationFilter;
import org.vocbridge.directory.OrganizationKind;
import org.vocbridge.directory.OrganizationRow;
import org.vocbridge.directory.OrganizationSummary;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Finding organizations: the filtered list, sorted by relevance to free text or by name. */
@Service
@RequiredArgsConstructor
public class OrganizationSearch {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Lists count their records exactly up to this number and say "more than" beyond it: counting
     * every match exactly would stop Lucene from skipping the records that cannot make the page.
     */
    static final int EXACT_COUNT_UP_TO = 10_000;

    private final EntityManager entityManager;
    private final TaxonomyApi taxonomy;

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
        return page(result, page, size).map(o -> o.summary(false));
    }

    /** The same list as {@link #list}, as rows read from the index alone: what list pages show. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ResultPage<OrganizationRow> rows(OrganizationFilter filter, int page, int size, Locale locale) {
        Set<String> countries = groupCountries(filter);
        SearchResult<OrganizationRow> result = Search.session(entityManager)
                .search(Organization.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("kind", OrganizationKind.class),
                                f.field("country", String.class),
                                f.field("name_json", String.class),
                                f.field("demo", Boolean.class))
                        .asList(row -> new OrganizationRow(
                                (Long) row.get(0),
                                (OrganizationKind) row.get(1),
                                (String) row.get(2),
                                LocalizedTextBinder.fromJson((String) row.get(3)),
                                Boolean.TRUE.equals(row.get(4)))))
                .where((f, root) -> filters(f, root, filter, countries))
                .sort(f -> order(f, filter, locale))
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(offset(page, size), pageSize(size));
        return page(result, page, size);
    }

    private static <T> ResultPage<T> page(SearchResult<T> result, int page, int size) {
        return new ResultPage<>(
                result.hits(),
                Math.max(0, page),
                pageSize(size),
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    private Set<String> groupCountries(OrganizationFilter filter) {
        return filter.group() == null ? null : taxonomy.countriesInGroup(filter.group());
    }

    private static void filters(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> root,
            OrganizationFilter filter,
            Set<String> groupCountries) {
        root.add(f.matchAll());
        if (filter.q() != null) {
            root.add(f.or(
                    TextQuery.predicate(f, filter.q(), "name", "description"),
                    f.match().field("acronym").matching(filter.q()).toPredicate()));
        }
        if (filter.country() != null) {
            root.add(f.match().field("country").matching(filter.country()));
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
        if (filter.field() != null) {
            root.add(f.match().field("codes.field").matching(filter.field()));
        }
        if (filter.occupation() != null) {
            root.add(f.match().field("codes.occupation").matching(filter.occupation()));
        }
    }

    private static SortFinalStep order(SearchSortFactory f, OrganizationFilter filter, Locale locale) {
        OrganizationFilter.Sort sort =
                filter.sort() != null ? filter.sort() : filter.q() == null ? OrganizationFilter.Sort.NAME : null;
        if (sort == null) {
            return f.score().then().field("id");
        }
        return switch (sort) {
            case NAME -> LocalizedTextBinder.sortByName(f, locale);
            case UPDATED -> f.field("updatedAt").desc().then().field("id").desc();
        };
    }

    static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private static int offset(int page, int size) {
        return Math.max(0, page) * pageSize(size);
    }
}
