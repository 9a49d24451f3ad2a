package org.vocbridge.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database at start-up: records written through JPA are indexed
 * when their transaction commits, but rows loaded otherwise (SQL migrations, a restored backup,
 * a deleted index folder) are not. Each entity type whose index count differs from its table
 * count is rebuilt.
 */
@Component
@Order(100)
class IndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final java.util.List<SearchableType<?>> types;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, java.util.List<SearchableType<?>> types) {
        this.entityManagerFactory = entityManagerFactory;
        this.types = types;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(entityManager);
            for (var type : mapping.allIndexedEntities()) {
                Class<?> javaClass = type.javaClass();
                long indexed =
                        session.search(javaClass).where(f -> f.matchAll()).fetchTotalHitCount();
                String where = types.stream()
                        .filter(t -> t.entityClass().equals(javaClass) && t.indexedWhere() != null)
                        .map(t -> " where " + t.indexedWhere())
                        .findFirst()
                        .orElse("");
                long stored = entityManager
                        .createQuery("select count(e) from " + type.jpaName() + " e" + where, Long.class)
                        .getSingleResult();
                if (indexed != stored) {
                    log.info("Rebuilding the {} index ({} indexed, {} stored)", type.jpaName(), indexed, stored);
                    long start = System.nanoTime();
                    session.massIndexer(javaClass).threadsToLoadObjects(2).startAndWait();
                    log.info(
                            "Rebuilt the {} index: {} records in {} ms",
                            type.jpaName(),
                            stored,
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
            log.info("Search index is up to date");
        } finally {
            entityManager.close();
        }
    }
}
