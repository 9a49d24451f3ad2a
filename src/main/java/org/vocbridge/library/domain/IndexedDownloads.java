package org.vocbridge.library.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the download counts that search hits show (read from the index) close to the records. A
 * download only adds one in the database; every minute the resources whose count has moved since
 * they were indexed are indexed again, each once however often it was downloaded meanwhile. Their
 * rows stay locked until the new documents are committed, so a count cannot move in between, and
 * several nodes running this at once take different resources.
 */
@Component
@RequiredArgsConstructor
public class IndexedDownloads {

    /** Resources indexed again per run at most; the rest wait for the next run. */
    static final int BATCH = 500;

    private final ResourceRepository resources;
    private final EntityManager entityManager;

    /** Indexes again the resources whose downloads moved; returns how many. */
    @Scheduled(
            fixedDelayString = "${vocbridge.library.downloads-indexed-every:PT1M}",
            initialDelayString = "${vocbridge.library.downloads-indexed-every:PT1M}")
    @Transactional
    public int indexMoved() {
        List<Long> moved = resources.lockDownloadsNotIndexed(BATCH);
        var plan = Search.session(entityManager).indexingPlan();
        for (Resource resource : resources.findAllById(moved)) {
            plan.addOrUpdate(resource);
            resources.downloadsIndexed(resource.id(), resource.downloads());
        }
        return moved.size();
    }
}
