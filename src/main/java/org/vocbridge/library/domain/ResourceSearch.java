package org.vocbridge.library.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceHit;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.search.SearchableType;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.ResultPage;

/**
 * The library's search: published resources the reader may see whose title, summary or file text
 * matches the words (in any language: the query's script picks the analyzers), or whose ISCO-08 or
 * ISCED-F code is the query; with the list's filters. Ordered by relevance, or by date or downloads
 * among the best {@value #REORDERED_MATCHES} matches. The index is read without holding a database
 * connection: only the found rows are read from the database, in one short query.
 */
@Component
@RequiredArgsConstructor
class ResourceSearch {

    /** Search results re-ordered by date or downloads come from at most this many best matches. */
    static final int REORDERED_MATCHES = 1_000;

    static final int MAX_QUERY_LENGTH = 200;

    static final int EXACT_COUNT_UP_TO = 1_000;

    private final EntityManager entityManager;
    private final ResourceRepository resources;

    ResultPage<ResourceHit> search(String query, ResourceFilter f, int page, int size, ResourceAccess.Reader reader) {
        String text = query.strip();
        String words = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        var search = Search.session(entityManager)
                .search(Resource.class)
                .select(p -> p.id(Long.class))
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
        Page<Long> found = resources.ordered(best, PageRequest.of(page, size, f.order()));
        return new ResultPage<>(hits(found.getContent()), page, size, found.getTotalElements());
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
        Map<Long, ResourceHit> found = new HashMap<>();
        for (Object[] row : resources.listed(ids)) {
            ResourceHit hit = found.computeIfAbsent(
                    (Long) row[0],
                    id -> new ResourceHit(
                            id,
                            (ResourceKind) row[1],
                            LocalizedText.of((Map<String, String>) row[2]),
                            LocalizedText.of((Map<String, String>) row[3]),
                            (String) row[4],
                            new TreeSet<>(),
                            (Licence) row[5],
                            (ResourceVisibility) row[6],
                            (ResourceStatus) row[7],
                            (Long) row[8],
                            (Long) row[9],
                            (Boolean) row[10],
                            (Instant) row[11],
                            (Instant) row[12]));
            if (row[13] != null) {
                hit.countries().add((String) row[13]);
            }
        }
        return ids.stream()
                .map(found::get)
                .filter(h -> h != null && h.status() == ResourceStatus.PUBLISHED)
                .toList();
    }

    private static List<String> audiences(ResourceAccess.Reader reader) {
        List<String> audiences = new ArrayList<>();
        audiences.add(SearchableType.EVERYONE);
        reader.memberOf().forEach(a -> audiences.add(Resource.membersOf(a)));
        reader.editorOf().forEach(o -> audiences.add(Resource.editorsOf(o)));
        return audiences;
    }
}
