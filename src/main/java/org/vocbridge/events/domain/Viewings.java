package org.vocbridge.events.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;

/**
 * Who watches a broadcast, counted per country: each viewer who starts playing adds one row with the
 * country they chose (or {@value #NO_COUNTRY} when they gave none). No address and no person is kept,
 * and rows are only ever added, so that viewers on any node never wait for one another.
 */
@Service
@RequiredArgsConstructor
public class Viewings {

    /** The user-assigned ISO 3166 code that stands for "country not given". */
    public static final String NO_COUNTRY = "ZZ";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final JdbcClient jdbc;
    private final EventRepository events;

    /** Counts one viewer of the event from the country (an ISO 3166 code, or null when not given). */
    @Transactional
    public void start(long eventId, String country) {
        String code = country == null || country.isBlank()
                ? NO_COUNTRY
                : country.strip().toUpperCase(Locale.ROOT);
        if (!code.equals(NO_COUNTRY) && !COUNTRIES.contains(code)) {
            InputCheck check = new InputCheck();
            check.reject("country", "error.country.unknown", country);
            check.throwIfAny();
        }
        if (!events.existsById(eventId)) {
            throw new NotFoundException("Event", eventId);
        }
        jdbc.sql("insert into events_viewing (event_id, country, started_at) values (?, ?, ?)")
                .params(eventId, code, Timestamp.from(Instant.now()))
                .update();
    }

    /** The event's viewers per country, the most first. */
    @Transactional(readOnly = true)
    public Map<String, Long> byCountry(long eventId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select country, count(*) as viewers from events_viewing where event_id = ?"
                        + " group by country order by viewers desc, country")
                .param(eventId)
                .query(rs -> {
                    counts.put(rs.getString("country"), rs.getLong("viewers"));
                });
        return counts;
    }
}
