package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.cooperation.AgreementChanged;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.cooperation.ReportSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/** What signed agreements delivered each year: progress reports in figures and words, corrected by year. */
@Service
@RequiredArgsConstructor
public class ProgressReports {

    static final int FIGURE_MAX = 1_000_000;

    private final ProgressReportRepository reports;
    private final AgreementAccess access;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public List<ReportSummary> of(CurrentUser user, long agreementId) {
        access.requireVisible(user, agreementId);
        return reports.findByAgreementIdOrderByYearDesc(agreementId).stream()
                .map(r -> r.summary(accounts::displayName))
                .toList();
    }

    @Transactional
    public ReportSummary submit(CurrentUser actor, long agreementId, ReportDraft draft) {
        return submit(actor, agreementId, draft, false);
    }

    /** Submits the report for a year, or replaces it; {@code demo} marks demo figures (demo loader only). */
    @Transactional
    ReportSummary submit(CurrentUser actor, long agreementId, ReportDraft draft, boolean demo) {
        Agreement agreement = access.requireEditable(actor, agreementId);
        InputCheck check = new InputCheck();
        if (!agreement.status().isPublic()) {
            check.reject("year", "error.report.notSigned");
        }
        int thisYear = LocalDate.now().getYear();
        if (draft.year() == null) {
            check.reject("year", "error.required");
        } else {
            int first = firstReportYear(agreement.signedOn(), agreement.startsOn(), thisYear);
            if (draft.year() < first || draft.year() > thisYear) {
                check.reject("year", "error.report.year", first, thisYear);
            }
        }
        ReportSummary.Figures figures = draft.figures();
        figure(check, "studentsEnrolled", figures.studentsEnrolled());
        figure(check, "graduates", figures.graduates());
        figure(check, "teachersTrained", figures.teachersTrained());
        figure(check, "coursesDeveloped", figures.coursesDeveloped());
        figure(check, "standardsDeveloped", figures.standardsDeveloped());
        figure(check, "studyTourParticipants", figures.studyTourParticipants());
        check.localized("narrative", draft.narrative(), AgreementChecks.TEXT_MAX);
        check.throwIfAny();
        ProgressReport report =
                reports.findByAgreementIdAndYear(agreementId, draft.year()).orElse(null);
        ReportSummary before = null;
        if (report == null) {
            report = new ProgressReport(agreementId, draft.year());
        } else {
            // a report for a year already reported is made on the one read: without it, it is a conflict
            if (draft.version() == null || draft.version() != report.version()) {
                throw new ConcurrentEditException("Report", report.id());
            }
            before = report.summary(accounts::displayName);
        }
        report.submit(figures, LocalizedText.of(draft.narrative()), demo, actor.username());
        reports.saveAndFlush(report);
        events.publishEvent(new AgreementChanged(agreementId, agreement.allianceId()));
        ReportSummary after = report.summary(accounts::displayName);
        accounts.audit(
                actor, before == null ? "report" : "correct-report", "agreement-report", report.id(), before, after);
        return after;
    }

    /** The years a report may be given for, newest first; none before the agreement is signed. */
    public List<Integer> years(AgreementSummary agreement) {
        if (!agreement.status().isPublic()) {
            return List.of();
        }
        int thisYear = LocalDate.now().getYear();
        int first = firstReportYear(agreement.signedOn(), agreement.startsOn(), thisYear);
        return IntStream.iterate(thisYear, y -> y >= first, y -> y - 1).boxed().toList();
    }

    private static int firstReportYear(LocalDate signedOn, LocalDate startsOn, int thisYear) {
        return signedOn != null ? signedOn.getYear() : startsOn != null ? startsOn.getYear() : thisYear;
    }

    private static void figure(InputCheck check, String field, int value) {
        if (value < 0 || value > FIGURE_MAX) {
            check.reject(field, "error.number.range", 0, FIGURE_MAX);
        }
    }
}
