package org.vocbridge.search.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.MultilingualAnalysis;
import org.vocbridge.search.SearchableType;
import org.vocbridge.search.TextQuery;
import org.vocbridge.taxonomy.TaxonomyApi;

/** The search behind the header box and {@code /api/v1/search}: every module's records at once. */
@Service
@RequiredArgsConstructor
public class GlobalSearch {

    static final int MAX_QUERY_LENGTH = 200;

    private final EntityManager entityManager;
    private final List<SearchableType<?>> types;
    private final TaxonomyApi taxonomy;

    /**
     * What was asked.
     *
     * @param type a {@link SearchableType#key()} or null for every type
     * @param country an ISO country code or null
     * @param group a country group code or null
     */
    public record Query(String text, String type, String country, String group, int page, int size) {}

    /**
     * One hit with the parts of its texts that matched, marked with {@code <mark>} (the rest
     * escaped, so the fragment is safe to render).
     */
    public record Found(SearchableType.Hit hit, List<String> highlights) {}

    /**
     * The answer: hits of the page, and how many records of each type match in all. The total is
     * exact up to {@link #EXACT_COUNT_UP_TO} and beyond that a lower bound, marked as such; each
     * type's count is exact (counted without scoring, or read off a page that holds every match).
     *
     * @param counts type key to number of matching records, for every type
     * @param countsExact type key to whether its count is exact
     * @param similar whether the query's words as written found nothing, and these are the records
     *     found with similar words (a letter or two off, see {@link TextQuery#similar})
     */
    public record Results(
            Query query,
            List<Found> hits,
            long total,
            boolean totalExact,
            Map<String, Long> counts,
            Map<String, Boolean> countsExact,
            boolean similar) {}

    /** Counting every match exactly would stop Lucene from skipping what cannot rank on the page. */
    static final int EXACT_COUNT_UP_TO = 1_000;

    public List<String> typeKeys() {
        return types.stream().map(SearchableType::key).toList();
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Results search(Query query, Locale locale) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return new Results(query, List.of(), 0, true, Map.of(), Map.of(), false);
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        String words = text;
        SearchSession session = Search.session(entityManager);
        Set<String> countries =
                query.group() == null || query.group().isBlank() ? null : taxonomy.countriesInGroup(query.group());
        Results exact = search(
                session, query, countries, f -> TextQuery.predicate(f, words, "name", "description"), false, locale);
        if (exact.total() > 0
                || exact.counts().values().stream().anyMatch(c -> c > 0)
                || !TextQuery.toleratesTypos(text)) {
            return exact;
        }
        return search(session, query, countries, f -> TextQuery.similar(f, words, "name", "description"), true, locale);
    }

    private Results search(
            SearchSession session,
            Query query,
            Set<String> countries,
            Function<SearchPredicateFactory, SearchPredicate> matching,
            boolean similar,
            Locale locale) {
        List<SearchableType<?>> wanted = types.stream()
                .filter(t -> query.type() == null
                        || query.type().isBlank()
                        || t.key().equals(query.type()))
                .toList();
        int offset = query.page() * query.size();
        SearchResult<List<?>> result = wanted.isEmpty()
                ? null
                : run(session, wanted, matching, similar, query, countries, offset, query.size());
        List<Found> hits = new ArrayList<>();
        if (result != null) {
            for (List<?> row : result.hits()) {
                hits.add(new Found(describe(row, locale), highlights(row)));
            }
        }
        // when every match of every type is on this page, the page itself gives the counts
        boolean allOnThisPage = result != null
                && wanted.size() == types.size()
                && offset == 0
                && result.total().isHitCountExact()
                && result.total().hitCountLowerBound() <= hits.size();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Boolean> countsExact = new LinkedHashMap<>();
        for (SearchableType<?> type : types) {
            if (allOnThisPage) {
                counts.put(
                        type.key(),
                        hits.stream()
                                .filter(h -> h.hit().type().equals(type.key()))
                                .count());
                countsExact.put(type.key(), true);
            } else {
                SearchResultTotal total = count(session, type, matching, query, countries);
                counts.put(type.key(), total.hitCountLowerBound());
                countsExact.put(type.key(), total.isHitCountExact());
            }
        }
        if (result == null) {
            return new Results(query, List.of(), 0, true, counts, countsExact, similar);
        }
        return new Results(
                query,
                hits,
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                counts,
                countsExact,
                similar);
    }

    private SearchResult<List<?>> run(
            SearchSession session,
            List<SearchableType<?>> targets,
            Function<SearchPredicateFactory, SearchPredicate> matching,
            boolean similar,
            Query query,
            Set<String> countries,
            int offset,
            int limit) {
        List<Class<?>> classes =
                targets.stream().<Class<?>>map(SearchableType::entityClass).toList();
        // words matched with typos are matched, and so marked, in the unstemmed words
        String highlighted = similar ? MultilingualAnalysis.ICU : TextQuery.highlightAnalyzerFor(query.text());
        return session.search(classes)
                .select(f ->
                        f.composite().from(highlightProjections(f, highlighted)).asList())
                .where((f, root) -> filter(f, root, matching, query, countries))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(offset, limit);
    }

    /**
     * How many records of a type match. No hit is fetched, so nothing is scored: Lucene counts
     * the matches, which costs less than scoring the first {@link #EXACT_COUNT_UP_TO} of them.
     */
    private SearchResultTotal count(
            SearchSession session,
            SearchableType<?> type,
            Function<SearchPredicateFactory, SearchPredicate> matching,
            Query query,
            Set<String> countries) {
        return session.search(type.entityClass())
                .select(f -> f.id())
                .where((f, root) -> filter(f, root, matching, query, countries))
                .fetch(0, 0)
                .total();
    }

    private static void filter(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> root,
            Function<SearchPredicateFactory, SearchPredicate> matching,
            Query query,
            Set<String> countries) {
        root.add(matching.apply(f));
        root.add(f.match().field(SearchableType.AUDIENCE).matching(SearchableType.EVERYONE));
        if (query.country() != null && !query.country().isBlank()) {
            root.add(f.match().field(SearchableType.COUNTRIES).matching(query.country()));
        }
        if (countries != null) {
            root.add(f.terms()
                    .field(SearchableType.COUNTRIES)
                    .matchingAny(countries.isEmpty() ? Set.of("-") : countries));
        }
    }

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>[] highlightProjections(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f, String analyzer) {
        List<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>> projections = new ArrayList<>();
        projections.add(f.entityReference());
        projections.add(f.field("name_json", String.class));
        projections.add(f.field("country", String.class));
        projections.add(f.field("detail", String.class));
        for (String property : List.of("name", "description")) {
            projections.add(f.highlight(property + "_" + analyzer));
        }
        return projections.toArray(org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new);
    }

    @SuppressWarnings("unchecked")
    private static List<String> highlights(List<?> row) {
        List<String> fragments = new ArrayList<>();
        for (int i = HIGHLIGHTS_FROM; i < row.size(); i++) {
            for (String fragment : (List<String>) row.get(i)) {
                if (!fragments.contains(fragment) && fragments.size() < 3) {
                    fragments.add(fragment);
                }
            }
        }
        return fragments;
    }

    /** The first projections of a row: what the hit shows; the highlights follow them. */
    private static final int HIGHLIGHTS_FROM = 4;

    private SearchableType.Hit describe(List<?> row, Locale locale) {
        EntityReference reference = (EntityReference) row.get(0);
        for (SearchableType<?> type : types) {
            if (type.entityClass().equals(reference.type())) {
                return type.describe(
                        reference.id(),
                        LocalizedTextBinder.fromJson((String) row.get(1)),
                        (String) row.get(2),
                        (String) row.get(3),
                        locale);
            }
        }
        throw new IllegalStateException("No searchable type for " + reference.name());
    }
}
