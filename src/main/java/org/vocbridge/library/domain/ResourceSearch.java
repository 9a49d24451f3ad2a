package org.vocbridge.library.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceHit;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.ResultPage;

/**
 * The library's search: published resources the reader may see whose title, summary or file text
 * matches the words (in any language: the query's script picks the analyzers), or whose ISCO-08 or
 * ISCED-F code is the query; with the list's filters. Ordered by relevance, or by date or downloads
 * among the best {@value #REORDERED_MATCHES} matches. Hits are read from the index alone, without a
 * database connection.
 */
@Component
@RequiredArgsConstructor
class ResourceSearch {

    /** Search results re-ordered by date or downloads come from at most this many best matches. */
    static final int REORDERED_MATCHES = 1_000;

    static final int MAX_QUERY_LENGTH = 200;

    static final int EXACT_COUNT_UP_TO = 1_000;

    private final EntityManager entityManager;

    ResultPage<ResourceHit> search(String query, ResourceFilter f, int page, int size, ResourceAccess.Reader reader) {
        String text = query.strip();
        String words = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        var search = Search.session(entityManager)
                .search(Resource.class)
                .select(ResourceSearch::hit)
                .where((p, root) -> {
                    var matches = p.or().add(TextQuery.predicate(p, words, "name", "description", "content"));
                    if (words.matches("\\d{1,4}")) {
                        matches.add(p.match()
                                .field("codes.occupation")
                                .matching(words)
                                .boost(8f));
                        matches.add(
                                p.match().field("codes.field").matching(words).boost(8f));
                    }
                    root.add(matches);
                    if (!reader.user().admin()) {
                        root.add(p.terms().field(SearchableType.AUDIENCE).matchingAny(audiences(reader)));
                    }
                    if (f.kind() != null) {
                        root.add(p.match().field("kind").matching(f.kind()));
                    }
                    if (f.country() != null) {
                        root.add(p.match().field(SearchableType.COUNTRIES).matching(f.country()));
                    }
                    if (f.field() != null) {
                        root.add(p.match().field("codes.field").matching(f.field()));
                    }
                    if (f.occupation() != null) {
                        root.add(p.match().field("codes.occupation").matching(f.occupation()));
                    }
                    if (f.language() != null) {
                        root.add(p.match().field("language").matching(f.language()));
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
            SearchResult<ResourceHit> found =
                    search.totalHitCountThreshold(EXACT_COUNT_UP_TO).fetch(page * size, size);
            return new ResultPage<>(
                    found.hits(),
                    page,
                    size,
                    found.total().hitCountLowerBound(),
                    found.total().isHitCountExact());
        }
        List<ResourceHit> best = new ArrayList<>(search.fetchHits(REORDERED_MATCHES));
        best.sort(f.hitOrder());
        int from = Math.min(page * size, best.size());
        return new ResultPage<>(best.subList(from, Math.min(from + size, best.size())), page, size, best.size());
    }

    /**
     * A found resource as a list shows it, read from the index alone (only published resources are
     * indexed); its downloads as of its last indexing.
     */
    @SuppressWarnings("unchecked")
    private static CompositeProjectionValueStep<?, ResourceHit> hit(SearchProjectionFactory<?, ?> p) {
        return p.composite()
                .from(
                        p.id(Long.class),
                        p.field("kind", ResourceKind.class),
                        p.field("name_json", String.class),
                        p.field("description_json", String.class),
                        p.field("language", String.class),
                        p.field("listed_countries", String.class).list(),
                        p.field("licence", Licence.class),
                        p.field("visibility", ResourceVisibility.class),
                        p.field("alliance", Long.class),
                        p.field("downloads", Long.class),
                        p.field("demo", Boolean.class),
                        p.field("submittedAt", Instant.class),
                        p.field("publishedAt", Instant.class))
                .asArray(row -> new ResourceHit(
                        (Long) row[0],
                        (ResourceKind) row[1],
                        LocalizedTextBinder.fromJson((String) row[2]),
                        LocalizedTextBinder.fromJson((String) row[3]),
                        (String) row[4],
                        new TreeSet<>((List<String>) row[5]),
                        (Licence) row[6],
                        (ResourceVisibility) row[7],
                        ResourceStatus.PUBLISHED,
                        (Long) row[8],
                        (Long) row[9],
                        Boolean.TRUE.equals(row[10]),
                        (Instant) row[11],
                        (Instant) row[12]));
    }

    private static List<String> audiences(ResourceAccess.Reader reader) {
        List<String> audiences = new ArrayList<>();
        audiences.add(SearchableType.EVERYONE);
        reader.memberOf().forEach(a -> audiences.add(Resource.membersOf(a)));
        reader.editorOf().forEach(o -> audiences.add(Resource.editorsOf(o)));
        return audiences;
    }
}
