package org.vocbridge.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.directory.AffiliationPeriod;

/**
 * The organizations people worked for: an affiliation taken off a person's record is kept with the
 * day it ended, so that whoever asks "who worked there within N years" gets an answer.
 */
@Service
@RequiredArgsConstructor
public class PastAffiliations {

    private final JdbcClient jdbc;

    /** Keeps the affiliations that ended today. Runs in the caller's transaction. */
    void ended(long personId, Collection<Long> organizationIds, LocalDate on) {
        for (long organizationId : organizationIds) {
            jdbc.sql(
                            "delete from directory_person_past_affiliation where person_id = ? and organization_id = ? and ended_on = ?")
                    .params(personId, organizationId, on)
                    .update();
            jdbc.sql(
                            "insert into directory_person_past_affiliation (person_id, organization_id, ended_on) values (?, ?, ?)")
                    .params(personId, organizationId, on)
                    .update();
        }
    }

    /** The current and past affiliations of the people, in person and organization order. */
    @Transactional(readOnly = true)
    public List<AffiliationPeriod> of(Collection<Long> personIds) {
        List<AffiliationPeriod> found = new ArrayList<>();
        for (List<Long> chunk : chunks(personIds)) {
            Map<String, Object> ids = Map.of("ids", chunk);
            jdbc.sql("select person_id, organization_id from directory_person_affiliation where person_id in (:ids)")
                    .params(ids)
                    .query((rs, n) -> new AffiliationPeriod(rs.getLong(1), rs.getLong(2), null))
                    .list()
                    .forEach(found::add);
            jdbc.sql("select person_id, organization_id, max(ended_on) from directory_person_past_affiliation"
                            + " where person_id in (:ids) group by person_id, organization_id")
                    .params(ids)
                    .query((rs, n) ->
                            new AffiliationPeriod(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                    .list()
                    .forEach(found::add);
        }
        found.sort(java.util.Comparator.comparingLong(AffiliationPeriod::personId)
                .thenComparingLong(AffiliationPeriod::organizationId)
                .thenComparing(
                        AffiliationPeriod::endedOn,
                        java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>reverseOrder())));
        return found;
    }

    /** The countries of the people that have one. */
    @Transactional(readOnly = true)
    public Map<Long, String> countries(Collection<Long> personIds) {
        Map<Long, String> countries = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            jdbc.sql("select id, country from directory_person where country is not null and id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> countries.put(e.getKey(), e.getValue()));
        }
        return countries;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(Set.copyOf(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }
}
