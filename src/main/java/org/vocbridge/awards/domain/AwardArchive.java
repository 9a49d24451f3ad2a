package org.vocbridge.awards.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.search.TextQuery;
import org.vocbridge.shared.security.CurrentUser;

/** The public archive of calls and winners, searched in any language by titles, rules and citations. */
@Service
@RequiredArgsConstructor
public class AwardArchive {

    static final int MAX_HITS = 100;

    private final EntityManager entityManager;
    private final AwardCalls calls;
    private final EntryViews views;

    /**
     * What a search found: the calls whose title or rules match, and the published winners whose
     * title or citation match.
     */
    public record Found(List<CallSummary> calls, List<EntrySummary> winners) {}

    @Transactional(readOnly = true)
    public Found search(String q, CurrentUser user) {
        if (q == null || q.isBlank()) {
            return new Found(List.of(), List.of());
        }
        var session = Search.session(entityManager);
        List<Long> callIds = session.search(AwardCall.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> root.add(TextQuery.predicate(f, q, "name", "description")))
                .fetchHits(MAX_HITS);
        // the winners' entities are loaded with one query, in the order of their relevance
        List<AwardEntry> winners = session
                .search(AwardEntry.class)
                .where((f, root) -> root.add(TextQuery.predicate(f, q, "name", "description")))
                .fetchHits(MAX_HITS)
                .stream()
                .filter(AwardEntry::published)
                .toList();
        Set<Long> wanted = new LinkedHashSet<>(callIds);
        return new Found(
                calls.all(user).stream().filter(c -> wanted.contains(c.id())).toList(), views.full(winners));
    }
}
