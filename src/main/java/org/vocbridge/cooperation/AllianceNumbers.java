package org.vocbridge.cooperation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.cooperation.domain.AgreementOutputRepository;
import org.vocbridge.cooperation.domain.AgreementRepository;
import org.vocbridge.cooperation.domain.AgreementStatus;
import org.vocbridge.cooperation.domain.CooperationType;
import org.vocbridge.cooperation.domain.OutputKind;
import org.vocbridge.cooperation.domain.ProgressReportRepository;
import org.vocbridge.directory.AllianceService;
import org.vocbridge.directory.AllianceSummary;
import org.vocbridge.directory.MembershipSummary;
import org.vocbridge.shared.security.CurrentUser;

/**
 * An alliance "in numbers" and its annual report, computed from the records every time: members
 * from the directory, agreements, reported figures and outputs from cooperation. Only public
 * (signed and later) agreements count; nothing here is typed in.
 */
@Service
public class AllianceNumbers {

    private static final List<AgreementStatus> PUBLIC = List.copyOf(AgreementStatus.PUBLIC);

    private final AgreementRepository agreements;
    private final ProgressReportRepository reports;
    private final AgreementOutputRepository outputs;
    private final AllianceService alliances;
    private final AgreementService agreementService;

    AllianceNumbers(
            AgreementRepository agreements,
            ProgressReportRepository reports,
            AgreementOutputRepository outputs,
            AllianceService alliances,
            AgreementService agreementService) {
        this.agreements = agreements;
        this.reports = reports;
        this.outputs = outputs;
        this.alliances = alliances;
        this.agreementService = agreementService;
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

    @Transactional(readOnly = true)
    public Dashboard dashboard(long allianceId) {
        AllianceSummary alliance = alliances.get(allianceId);
        AllianceService.MemberCounts members = alliances.counts(allianceId);
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
        List<YearFigures> figures = reports.sumsByYear(allianceId, PUBLIC).stream()
                .map(AllianceNumbers::figures)
                .toList();
        Map<OutputKind, Long> byKind = new EnumMap<>(OutputKind.class);
        outputs.countByKind(allianceId, PUBLIC).forEach(r -> byKind.put((OutputKind) r[0], (Long) r[1]));
        return new Dashboard(
                alliance,
                members.total(),
                members.byCountry(),
                members.byKind().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> String.valueOf(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)),
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus,
                byType,
                byYear,
                byCountry,
                figures,
                byKind,
                byKind.values().stream().mapToLong(Long::longValue).sum(),
                figures.stream().anyMatch(YearFigures::demo));
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
        List<MembershipSummary> memberships = alliances.memberships(allianceId);
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
