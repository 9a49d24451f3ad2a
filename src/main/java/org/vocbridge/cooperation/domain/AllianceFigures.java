package org.vocbridge.cooperation.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.cooperation.AgreementChanged;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.OutputKind;

/**
 * The figures of an alliance's public agreements, reports and outputs, which aggregate every record
 * of the alliance and are too costly to compute on every dashboard request. Every write to the
 * alliance's agreements adds a row to {@code cooperation_alliance_change} in the writer's own
 * transaction; figures computed by a node are used while the alliance's newest change is the one
 * they were computed after, so that a write on any node is seen at once on every node, and nothing
 * is lost if a node dies. One computation per alliance runs at a time on a node; callers arriving
 * meanwhile wait for it.
 */
@Component
class AllianceFigures {

    private static final List<AgreementStatus> PUBLIC = List.copyOf(AgreementStatus.PUBLIC);

    private final AgreementRepository agreements;
    private final ProgressReportRepository reports;
    private final AgreementOutputRepository outputs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ConcurrentMap<Long, Computation> computed = new ConcurrentHashMap<>();

    AllianceFigures(
            AgreementRepository agreements,
            ProgressReportRepository reports,
            AgreementOutputRepository outputs,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.agreements = agreements;
        this.reports = reports;
        this.outputs = outputs;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What the dashboard computes from the alliance's public agreements, reports and outputs. */
    record Figures(
            Map<AgreementStatus, Long> byStatus,
            Map<CooperationType, Long> byType,
            Map<Integer, Long> byYear,
            Map<String, Long> byCountry,
            List<AllianceNumbers.YearFigures> byReportYear,
            Map<OutputKind, Long> outputsByKind) {}

    /** Figures being computed, or computed, after the alliance's change of this number. */
    private record Computation(long afterChange, CompletableFuture<Figures> figures) {}

    /** Before the writer's transaction commits, so that the change is stored with the write, or not at all. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AgreementChanged changed) {
        if (changed.allianceId() != null) {
            jdbc.update(
                    "insert into cooperation_alliance_change (alliance_id, changed_at) values (?, ?)",
                    changed.allianceId(),
                    Timestamp.from(Instant.now()));
        }
    }

    Figures of(long allianceId) {
        long latest = latestChange(allianceId);
        while (true) {
            Computation current = computed.get(allianceId);
            if (current != null && current.afterChange() >= latest) {
                return join(current.figures());
            }
            Computation mine = new Computation(latest, new CompletableFuture<>());
            boolean claimed = current == null
                    ? computed.putIfAbsent(allianceId, mine) == null
                    : computed.replace(allianceId, current, mine);
            if (claimed) {
                try {
                    mine.figures().complete(readOnly.execute(status -> compute(allianceId)));
                } catch (RuntimeException e) {
                    computed.remove(allianceId, mine);
                    mine.figures().completeExceptionally(e);
                    throw e;
                }
                return mine.figures().join();
            }
        }
    }

    private long latestChange(long allianceId) {
        Long latest = jdbc.queryForObject(
                "select max(id) from cooperation_alliance_change where alliance_id = ?", Long.class, allianceId);
        return latest == null ? 0 : latest;
    }

    private static Figures join(CompletableFuture<Figures> figures) {
        try {
            return figures.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Figures compute(long allianceId) {
        Map<AgreementStatus, Long> byStatus = new EnumMap<>(AgreementStatus.class);
        for (Object[] row : agreements.countByStatus(allianceId)) {
            AgreementStatus status = (AgreementStatus) row[0];
            if (status.isPublic()) {
                byStatus.put(status, (Long) row[1]);
            }
        }
        Map<CooperationType, Long> byType = new EnumMap<>(CooperationType.class);
        agreements.countByType(allianceId, PUBLIC).forEach(r -> byType.put((CooperationType) r[0], (Long) r[1]));
        Map<Integer, Long> byYear = new TreeMap<>();
        agreements
                .countBySigningYear(allianceId, PUBLIC)
                .forEach(r -> byYear.put(((Number) r[0]).intValue(), (Long) r[1]));
        Map<String, Long> byCountry = new TreeMap<>();
        agreements.countByCountry(allianceId, PUBLIC).forEach(r -> byCountry.put((String) r[0], (Long) r[1]));
        List<AllianceNumbers.YearFigures> byReportYear = reports.sumsByYear(allianceId, PUBLIC).stream()
                .map(r -> new AllianceNumbers.YearFigures(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).intValue() == 1))
                .toList();
        Map<OutputKind, Long> byKind = new EnumMap<>(OutputKind.class);
        outputs.countByKind(allianceId, PUBLIC).forEach(r -> byKind.put((OutputKind) r[0], (Long) r[1]));
        return new Figures(
                Collections.unmodifiableMap(byStatus),
                Collections.unmodifiableMap(byType),
                Collections.unmodifiableMap(byYear),
                Collections.unmodifiableMap(byCountry),
                byReportYear,
                Collections.unmodifiableMap(byKind));
    }
}
