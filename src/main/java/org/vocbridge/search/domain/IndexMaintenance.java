package org.vocbridge.search.domain;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.search.SearchableType;

/**
 * Keeps the index in step with the database at start-up: records written through JPA are indexed
 * when their transaction commits, but rows loaded otherwise (SQL migrations, a restored backup,
 * a deleted index folder) are not, and an index built by an earlier release may lack fields this
 * one searches. An entity type is rebuilt when its index count differs from its table count, or
 * when the fingerprint of its index fields differs from the one recorded beside the index when it
 * was last built.
 */
@Component
@Order(100)
class IndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final List<SearchableType<?>> types;
    private final Path root;

    IndexMaintenance(
            EntityManagerFactory entityManagerFactory,
            List<SearchableType<?>> types,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.types = types;
        this.root = Path.of(root);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(entityManager);
            for (var type : mapping.allIndexedEntities()) {
                Class<?> javaClass = type.javaClass();
                IndexDescriptor descriptor = type.indexManager().descriptor();
                String fingerprint = fingerprint(descriptor);
                Path recorded = root.resolve(descriptor.hibernateSearchName() + ".fields");
                boolean sameFields = fingerprint.equals(read(recorded));
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
                if (indexed != stored || !sameFields) {
                    log.info(
                            "Rebuilding the {} index ({} indexed, {} stored{})",
                            type.jpaName(),
                            indexed,
                            stored,
                            sameFields ? "" : ", fields changed");
                    long start = System.nanoTime();
                    session.massIndexer(javaClass).threadsToLoadObjects(2).startAndWait();
                    log.info(
                            "Rebuilt the {} index: {} records in {} ms",
                            type.jpaName(),
                            stored,
                            (System.nanoTime() - start) / 1_000_000);
                }
                write(recorded, fingerprint);
            }
            log.info("Search index is up to date");
        } finally {
            entityManager.close();
        }
    }

    /**
     * How texts are kept for highlighting, which the index descriptor does not show: changing it
     * changes the fingerprint, so the indexes are rebuilt.
     */
    static final String STORAGE = "highlighted by analyzing the text again, no offsets stored";

    /** The index's fields with their types and analyzers, hashed: it changes when the mapping does. */
    static String fingerprint(IndexDescriptor descriptor) {
        StringBuilder fields = new StringBuilder(STORAGE).append('\n');
        descriptor.staticFields().stream()
                .filter(field -> field.isValueField())
                .sorted(Comparator.comparing(field -> field.absolutePath()))
                .forEach(field -> {
                    IndexValueFieldTypeDescriptor type = field.toValueField().type();
                    fields.append(field.absolutePath())
                            .append(' ')
                            .append(type.valueClass().getName())
                            .append(' ')
                            .append(type.analyzerName().orElse("-"))
                            .append(type.searchable() ? " s" : "")
                            .append(type.sortable() ? " o" : "")
                            .append(type.projectable() ? " p" : "")
                            .append(type.aggregable() ? " a" : "")
                            .append(field.toValueField().multiValued() ? " m" : "")
                            .append('\n');
                });
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(fields.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, String fingerprint) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fingerprint + "\n");
        } catch (IOException e) {
            log.warn("Could not record the index fields in {}: {}", file, e.getMessage());
        }
    }
}
