package org.vocbridge.awards.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vocbridge.awards.AwardPhase;

/** The entries assigned to jurors in each phase of a call. */
@Repository
@RequiredArgsConstructor
class AssignmentStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Entry to its jurors, in id order. */
    Map<Long, List<Long>> of(long callId, AwardPhase phase) {
        Map<Long, List<Long>> assigned = new TreeMap<>();
        jdbc.sql(
                        "select entry_id, juror_id from awards_assignment where call_id = ? and phase = ? order by entry_id, juror_id")
                .params(callId, phase.name())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(p ->
                        assigned.computeIfAbsent(p[0], e -> new ArrayList<>()).add(p[1]));
        return assigned;
    }

    void replace(long callId, AwardPhase phase, Map<Long, List<Long>> assigned) {
        jdbc.sql("delete from awards_assignment where call_id = ? and phase = ?")
                .params(callId, phase.name())
                .update();
        List<Object[]> rows = new ArrayList<>();
        assigned.forEach(
                (entry, jurors) -> jurors.forEach(j -> rows.add(new Object[] {callId, phase.name(), entry, j})));
        batch.batchUpdate(
                "insert into awards_assignment (call_id, phase, entry_id, juror_id) values (?, ?, ?, ?)", rows);
    }
}
