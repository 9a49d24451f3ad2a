package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.cooperation.OutputSummary;
import org.vocbridge.cooperation.ReportSummary;
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
@RequiredArgsConstructor
public class AllianceNumbers {

    private static final List<AgreementStatus> PUBLIC = List.copyOf(AgreementStatus.PUBLIC);

    private final AllianceFigures figures;
    private final AgreementQueries agreements;
    private final AgreementRepository agreementRecords;
    private final ProgressReportRepository reports;
    private final AgreementOutputRepository outputs;
    private final AgreementSummaries summaries;
    private final DirectoryApi directory;

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

    /** The dashboard: the alliance and its members are read each time (they are small), the rest is kept. */
    public Dashboard dashboard(long allianceId) {
        AllianceSummary alliance = directory.alliance(allianceId);
        MemberCounts members = directory.memberCounts(allianceId);
        AllianceFigures.Figures f = figures.of(allianceId);
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
        List<AgreementSummary> signed = agreements.all(
                new AgreementFilter(null, allianceId, null, null, null, year, null), CurrentUser.ANONYMOUS);
        YearFigures yearFigures = dashboard.figuresByYear().stream()
                .filter(f -> f.year() == year)
                .findFirst()
                .orElse(new YearFigures(year, 0, 0, 0, 0, 0, 0, false));
        // the public report gives the figures and the narrative, not who typed them in
        List<ReportSummary> yearReports = reports.forAllianceYear(allianceId, PUBLIC, year).stream()
                .map(r -> r.summary(author -> null))
                .toList();
        Map<Long, AgreementSummary> reported = new TreeMap<>();
        List<Long> reportedIds =
                yearReports.stream().map(ReportSummary::agreementId).toList();
        if (!reportedIds.isEmpty()) {
            summaries.of(agreementRecords.findAllById(reportedIds)).forEach(a -> reported.put(a.id(), a));
        }
        return new AnnualReport(
                dashboard.alliance(),
                year,
                atYearEnd,
                joined,
                signed,
                yearFigures,
                yearReports,
                reported,
                outputs.forAllianceYear(allianceId, PUBLIC, year).stream()
                        .map(AgreementOutput::summary)
                        .toList(),
                dashboard);
    }
}
