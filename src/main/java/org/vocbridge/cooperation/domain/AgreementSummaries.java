package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.AgreementSummary.PartySummary;
import org.vocbridge.cooperation.AgreementSummary.ProgrammeSummary;
import org.vocbridge.cooperation.AgreementSummary.StageSummary;
import org.vocbridge.cooperation.AgreementSummary.StatusChangeSummary;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.Codes;

/**
 * Agreements as their readers see them: with the names of their parties and alliance from the
 * directory, read once for a whole list, and the years whose progress report is overdue.
 */
@Component
@RequiredArgsConstructor
class AgreementSummaries {

    /** A year's progress report is due by the end of March of the following year. */
    static final MonthDay REPORT_DUE = MonthDay.of(3, 31);

    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final ProgressReportRepository reports;

    AgreementSummary of(Agreement agreement) {
        return of(List.of(agreement)).get(0);
    }

    List<AgreementSummary> of(List<Agreement> found) {
        Set<Long> organizationIds = new HashSet<>();
        Set<Long> allianceIds = new HashSet<>();
        for (Agreement a : found) {
            a.parties().forEach(p -> organizationIds.add(p.organizationId()));
            a.programmes().forEach(p -> p.stages().forEach(s -> organizationIds.add(s.organizationId())));
            if (a.allianceId() != null) {
                allianceIds.add(a.allianceId());
            }
            if (a.proposedAllianceId() != null) {
                allianceIds.add(a.proposedAllianceId());
            }
        }
        Map<Long, OrganizationLabel> names = directory.organizationLabels(organizationIds);
        Map<Long, LocalizedText> allianceNames = new HashMap<>();
        allianceIds.forEach(id -> allianceNames.put(id, directory.alliance(id).name()));
        Map<Long, Set<Integer>> reported = reportedYears(found);
        return found.stream()
                .map(a -> summary(
                        a,
                        id -> names.containsKey(id) ? names.get(id).name() : LocalizedText.EMPTY,
                        allianceNames,
                        reported.getOrDefault(a.id(), Set.of())))
                .toList();
    }

    private Map<Long, Set<Integer>> reportedYears(List<Agreement> found) {
        List<Long> ids = found.stream()
                .filter(a -> a.status().reports())
                .map(Agreement::id)
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reports.findByAgreementIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        ProgressReport::agreementId, Collectors.mapping(ProgressReport::year, Collectors.toSet())));
    }

    private AgreementSummary summary(
            Agreement a,
            java.util.function.LongFunction<LocalizedText> organizationName,
            Map<Long, LocalizedText> allianceNames,
            Set<Integer> reported) {
        Codes codes = a.codes();
        return new AgreementSummary(
                a.id(),
                a.version(),
                a.title(),
                a.summary(),
                a.allianceId(),
                a.allianceId() == null ? null : allianceNames.get(a.allianceId()),
                a.proposedAllianceId(),
                a.proposedAllianceId() == null ? null : allianceNames.get(a.proposedAllianceId()),
                a.status(),
                a.parties().stream()
                        .map(p -> new PartySummary(
                                p.organizationId(), organizationName.apply(p.organizationId()), p.country(), p.role()))
                        .toList(),
                a.types(),
                codes.fields(),
                codes.occupations(),
                codes.escoOccupations(),
                a.startsOn(),
                a.endsOn(),
                a.signedOn(),
                a.signedPlace(),
                a.signatories(),
                a.ceremony(),
                a.programmes().stream()
                        .map(p -> new ProgrammeSummary(
                                p.id() == null ? 0 : p.id(),
                                p.name(),
                                p.model(),
                                p.stages().stream()
                                        .map(s -> new StageSummary(
                                                s.organizationId(),
                                                organizationName.apply(s.organizationId()),
                                                s.years()))
                                        .toList(),
                                p.credentials(),
                                p.intakePerYear(),
                                p.languages()))
                        .toList(),
                // in the order things happened: a record of a past agreement is dated after its signing
                a.history().stream()
                        .map(h -> new StatusChangeSummary(
                                h.from(),
                                h.to(),
                                h.effectiveOn(),
                                accounts.displayName(h.actor()),
                                h.note(),
                                h.recordedAt()))
                        .sorted(Comparator.comparing(StatusChangeSummary::effectiveOn)
                                .thenComparing(StatusChangeSummary::at))
                        .toList(),
                a.status().next(),
                overdueYears(a, reported),
                a.demo(),
                a.updatedAt());
    }

    /**
     * The years whose report is past due: every calendar year the agreement was active in, up to
     * its end, whose due date (31 March of the next year) has passed without a report.
     */
    static List<Integer> overdueYears(Agreement a, Set<Integer> reported) {
        if (!a.status().reports()) {
            return List.of();
        }
        LocalDate from = a.startsOn() != null ? a.startsOn() : a.signedOn();
        if (from == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        int lastDue = REPORT_DUE.atYear(today.getYear()).isBefore(today) ? today.getYear() - 1 : today.getYear() - 2;
        int last = a.endsOn() == null ? lastDue : Math.min(lastDue, a.endsOn().getYear());
        List<Integer> overdue = new ArrayList<>();
        for (int year = from.getYear(); year <= last; year++) {
            if (!reported.contains(year)) {
                overdue.add(year);
            }
        }
        return overdue;
    }
}
