package org.vocbridge.cooperation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.cooperation.domain.AgreementOutputRepository;
import org.vocbridge.cooperation.domain.AgreementRepository;
import org.vocbridge.cooperation.domain.AgreementStatus;
import org.vocbridge.cooperation.domain.CooperationType;
import org.vocbridge.cooperation.domain.OutputKind;
import org.vocbridge.cooperation.domain.ProgressReportRepository;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.MemberCounts;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.shared.security.CurrentUser;

/**
 * An alliance "in numbers" and its annual report, computed from the records: members from the
 * directory, agreements, reported figures and outputs from cooperation. Only public (signed and
 * later) agreements count; nothing here is typed in.
 */
@Service
public class AllianceNumbers {

    private static final List<AgreementStatus> PUBLIC = List.copyOf(AgreementStatus.PUBLIC);

    private final AgreementRepository agreements;
    private final ProgressReportRepository reports;
    private final AgreementOutputRepository outputs;
    private final DirectoryApi directory;
    private final AgreementService agreementService;
    private final TransactionTemplate readOnly;
    private final ConcurrentMap<Long, CompletableFuture<AgreementFigures>> figures = new ConcurrentHashMap<>();

    AllianceNumbers(
            AgreementRepository agreements,
            ProgressReportRepository reports,
            AgreementOutputRepository outputs,
            DirectoryApi directory,
            AgreementService agreementService,
            PlatformTransactionManager transactions) {
        this.agreements = agreements;
        this.reports = reports;
        this.outputs = outputs;
        this.directory = directory;
        this.agreementService = agreementService;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Reported figures summed over one year; {@code demo} when any of them are demo figures. */
    public record YearFigures(
            int year,
            long studentsEnrolled,
            long graduates,
            long teachersTrained,
            long coursesDeveloped,
            long standardsDeveloped,
            long studyTourParticipants,
            boolean demo) {}

    /** The dashboard of an alliance. */
    public record Dashboard(
            AllianceSummary alliance,
            long members,
            Map<String, Long> membersByCountry,
            Map<String, Long> membersByKind,
            long agreements,
            Map<AgreementStatus, Long> agreementsByStatus,
            Map<CooperationType, Long> agreementsByType,
            Map<Integer, Long> agreementsByYear,
            Map<String, Long> agreementsByCountry,
            List<YearFigures> figuresByYear,
            Map<OutputKind, Long> outputsByKind,
            long outputs,
            boolean includesDemo) {}

    /** One year of an alliance, for its annual report. */
    public record AnnualReport(
            AllianceSummary alliance,
            int year,
            long membersAtYearEnd,
            long membersJoined,
            List<AgreementSummary> signed,
            YearFigures figures,
            List<ReportSummary> reports,
            Map<Long, AgreementSummary> reportedAgreements,
            List<OutputSummary> outputs,
            Dashboard dashboard) {}

    /** What the dashboard computes from the alliance's agreements, reports and outputs. */
    private record AgreementFigures(
            Map<AgreementStatus, Long> byStatus,
            Map<CooperationType, Long> byType,
            Map<Integer, Long> byYear,
            Map<String, Long> byCountry,
            List<YearFigures> byReportYear,
            Map<OutputKind, Long> outputsByKind) {}

    /**
     * The dashboard of an alliance. The alliance and its member counts are read each time (they are
     * small); the agreement figures, which aggregate every agreement and report of the alliance, are
     * kept until a write to the alliance's agreements, reports or outputs commits.
     */
    public Dashboard dashboard(long allianceId) {
        AllianceSummary alliance = directory.alliance(allianceId);
        MemberCounts members = directory.memberCounts(allianceId);
        AgreementFigures f = agreementFigures(allianceId);
        return new Dashboard(
                alliance,
                members.total(),
                members.byCountry(),
                members.byKind().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> String.valueOf(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)),
                f.byStatus().values().stream().mapToLong(Long::longValue).sum(),
                f.byStatus(),
                f.byType(),
                f.byYear(),
                f.byCountry(),
                f.byReportYear(),
                f.outputsByKind(),
                f.outputsByKind().values().stream().mapToLong(Long::longValue).sum(),
                f.byReportYear().stream().anyMatch(YearFigures::demo));
    }

    /**
     * The alliance's figures from the cache, or computed by the first caller while later callers wait
     * for that one result. A computation that overlapped a committed write is not kept: the write's
     * eviction removes exactly the entry that computation filled.
     */
    private AgreementFigures agreementFigures(long allianceId) {
        CompletableFuture<AgreementFigures> mine = new CompletableFuture<>();
        CompletableFuture<AgreementFigures> cached = figures.putIfAbsent(allianceId, mine);
        if (cached != null) {
            try {
                return cached.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            mine.complete(readOnly.execute(status -> compute(allianceId)));
        } catch (RuntimeException e) {
            figures.remove(allianceId, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    /** After the writing transaction ends (a rollback too: a figure read inside it may have seen its writes). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(AllianceFiguresChanged changed) {
        figures.remove(changed.allianceId());
    }

    private AgreementFigures compute(long allianceId) {
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
        List<YearFigures> byReportYear = reports.sumsByYear(allianceId, PUBLIC).stream()
                .map(AllianceNumbers::figures)
                .toList();
        Map<OutputKind, Long> byKind = new EnumMap<>(OutputKind.class);
        outputs.countByKind(allianceId, PUBLIC).forEach(r -> byKind.put((OutputKind) r[0], (Long) r[1]));
        return new AgreementFigures(
                Collections.unmodifiableMap(byStatus),
                Collections.unmodifiableMap(byType),
                Collections.unmodifiableMap(byYear),
                Collections.unmodifiableMap(byCountry),
                byReportYear,
                Collections.unmodifiableMap(byKind));
    }

    private static YearFigures figures(Object[] r) {
        return new YearFigures(
                ((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(),
                ((Number) r[7]).intValue() == 1);
    }

    @Transactional(readOnly = true)
    public AnnualReport annualReport(long allianceId, int year) {
        Dashboard dashboard = dashboard(allianceId);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<MembershipSummary> memberships = directory.memberships(allianceId);
        long atYearEnd = memberships.stream()
                .filter(m -> m.joinedOn() != null && !m.joinedOn().isAfter(yearEnd))
                .filter(m -> m.leftOn() == null || m.leftOn().isAfter(yearEnd))
                .count();
        long joined = memberships.stream()
                .filter(m -> m.joinedOn() != null && m.joinedOn().getYear() == year)
                .count();
        List<AgreementSummary> signed = agreementService.all(
                new AgreementFilter(null, allianceId, null, null, null, year), CurrentUser.ANONYMOUS);
        YearFigures figures = dashboard.figuresByYear().stream()
                .filter(f -> f.year() == year)
                .findFirst()
                .orElse(new YearFigures(year, 0, 0, 0, 0, 0, 0, false));
        List<ReportSummary> yearReports = reports.forAllianceYear(allianceId, PUBLIC, year).stream()
                .map(ReportSummary::of)
                .toList();
        Map<Long, AgreementSummary> reported = new TreeMap<>();
        List<Long> reportedIds =
                yearReports.stream().map(ReportSummary::agreementId).toList();
        if (!reportedIds.isEmpty()) {
            agreementService.summaries(agreements.findAllById(reportedIds)).forEach(a -> reported.put(a.id(), a));
        }
        return new AnnualReport(
                dashboard.alliance(),
                year,
                atYearEnd,
                joined,
                signed,
                figures,
                yearReports,
                reported,
                outputs.forAllianceYear(allianceId, PUBLIC, year).stream()
                        .map(OutputSummary::of)
                        .toList(),
                dashboard);
    }
}
