package org.vocbridge.shared.web;

import java.sql.Timestamp;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs the modules' {@link PublicPages} queries for the sitemap: how many, and one stretch of them. */
@Component
@RequiredArgsConstructor
class PublicPageListing {

    /** A public record: its key in the page's address, and when it last changed where known. */
    record Listed(String key, Timestamp changed) {}

    private final JdbcTemplate jdbc;

    @Transactional(readOnly = true)
    long count(PublicPages kind) {
        return jdbc.queryForObject("select count(*) from (" + kind.query() + ") listed", Long.class);
    }

    @Transactional(readOnly = true)
    List<Listed> list(PublicPages kind, long offset, int limit) {
        return jdbc.query(
                kind.query() + " offset ? rows fetch next ? rows only",
                (row, i) -> new Listed(row.getString(1), row.getTimestamp(2)),
                offset,
                limit);
    }
}
