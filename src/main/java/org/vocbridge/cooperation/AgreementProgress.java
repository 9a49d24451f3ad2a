package org.vocbridge.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.cooperation.domain.Agreement;
import org.vocbridge.cooperation.domain.AgreementOutput;
import org.vocbridge.cooperation.domain.AgreementOutputRepository;
import org.vocbridge.cooperation.domain.ProgressReport;
import org.vocbridge.cooperation.domain.ProgressReportRepository;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/** What agreements deliver after signing: yearly progress reports and the outputs they produced. */
@Service
public class AgreementProgress {

    static final int FIGURE_MAX = 1_000_000;

    private final ProgressReportRepository reports;
    private final AgreementOutputRepository outputs;
    private final AgreementService agreements;
    private final AccountsApi accounts;

    AgreementProgress(
            ProgressReportRepository reports,
            AgreementOutputRepository outputs,
            AgreementService agreements,
            AccountsApi accounts) {
        this.reports = reports;
        this.outputs = outputs;
        this.agreements = agreements;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> reports(CurrentUser user, long agreementId) {
        agreements.requireVisible(user, agreementId);
        return reports.findByAgreementIdOrderByYearDesc(agreementId).stream()
                .map(ReportSummary::of)
                .toList();
    }

    @Transactional
    public ReportSummary report(CurrentUser actor, long agreementId, ReportDraft draft) {
        return report(actor, agreementId, draft, false);
    }

    /** Submits the report for a year, or replaces it; {@code demo} marks demo figures (demo loader only). */
    @Transactional
    ReportSummary report(CurrentUser actor, long agreementId, ReportDraft draft, boolean demo) {
        Agreement agreement = agreements.requireEditable(actor, agreementId);
        InputCheck check = new InputCheck();
        if (!agreement.status().isPublic()) {
            check.reject("year", "error.report.notSigned");
        }
        int thisYear = agreements.today().getYear();
        if (draft.year() == null) {
            check.reject("year", "error.required");
        } else {
            int first = firstReportYear(agreement.signedOn(), agreement.startsOn(), thisYear);
            if (draft.year() < first || draft.year() > thisYear) {
                check.reject("year", "error.report.year", first, thisYear);
            }
        }
        figure(check, "studentsEnrolled", draft.studentsEnrolled());
        figure(check, "graduates", draft.graduates());
        figure(check, "teachersTrained", draft.teachersTrained());
        figure(check, "coursesDeveloped", draft.coursesDeveloped());
        figure(check, "standardsDeveloped", draft.standardsDeveloped());
        figure(check, "studyTourParticipants", draft.studyTourParticipants());
        check.localized("narrative", draft.narrative(), AgreementService.TEXT_MAX);
        check.throwIfAny();
        ProgressReport report =
                reports.findByAgreementIdAndYear(agreementId, draft.year()).orElse(null);
        ReportSummary before = null;
        if (report == null) {
            report = new ProgressReport(agreementId, draft.year());
        } else {
            if (draft.version() == null || draft.version() != report.version()) {
                throw new ConcurrentEditException("Report", report.id());
            }
            before = ReportSummary.of(report);
        }
        report.submit(
                new ProgressReport.Figures(
                        value(draft.studentsEnrolled()),
                        value(draft.graduates()),
                        value(draft.teachersTrained()),
                        value(draft.coursesDeveloped()),
                        value(draft.standardsDeveloped()),
                        value(draft.studyTourParticipants())),
                LocalizedText.of(draft.narrative()),
                demo,
                actor.username());
        reports.saveAndFlush(report);
        agreements.figuresChanged(agreement.allianceId());
        ReportSummary after = ReportSummary.of(report);
        accounts.audit(
                actor, before == null ? "report" : "correct-report", "agreement-report", report.id(), before, after);
        return after;
    }

    /** The years a report may be given for, newest first; none before the agreement is signed. */
    public List<Integer> reportYears(AgreementSummary agreement) {
        if (!agreement.status().isPublic()) {
            return List.of();
        }
        int thisYear = agreements.today().getYear();
        int first = firstReportYear(agreement.signedOn(), agreement.startsOn(), thisYear);
        return IntStream.iterate(thisYear, y -> y >= first, y -> y - 1).boxed().toList();
    }

    private static int firstReportYear(LocalDate signedOn, LocalDate startsOn, int thisYear) {
        return signedOn != null ? signedOn.getYear() : startsOn != null ? startsOn.getYear() : thisYear;
    }

    private static void figure(InputCheck check, String field, Integer value) {
        if (value != null && (value < 0 || value > FIGURE_MAX)) {
            check.reject(field, "error.number.range", 0, FIGURE_MAX);
        }
    }

    private static int value(Integer value) {
        return value == null ? 0 : value;
    }

    @Transactional(readOnly = true)
    public List<OutputSummary> outputs(CurrentUser user, long agreementId) {
        agreements.requireVisible(user, agreementId);
        return outputs.findByAgreementIdOrderById(agreementId).stream()
                .map(OutputSummary::of)
                .toList();
    }

    /** The outputs that name a record of another module, for example a library resource. */
    @Transactional(readOnly = true)
    public List<OutputSummary> outputsLinkedTo(String recordType, long recordId) {
        return outputs.findByRecordTypeAndRecordId(recordType, recordId).stream()
                .map(OutputSummary::of)
                .toList();
    }

    @Transactional
    public OutputSummary addOutput(CurrentUser actor, long agreementId, OutputDraft draft) {
        Agreement agreement = agreements.requireEditable(actor, agreementId);
        InputCheck check = new InputCheck().require("kind", draft.kind());
        if (draft.title() == null || draft.title().values().stream().allMatch(AgreementService::blank)) {
            check.reject("title", "error.required");
        }
        check.localized("title", draft.title(), 500);
        check.maxLength("recordType", draft.recordType(), 40);
        if (draft.recordType() != null && !draft.recordType().isBlank()) {
            if (!draft.recordType().matches("[a-z]+(\\.[a-z-]+)+")) {
                check.reject("recordType", "error.output.recordType");
            }
            check.require("recordId", draft.recordId());
        }
        check.maxLength("url", draft.url(), 300);
        if (draft.url() != null && !draft.url().isBlank() && !draft.url().matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("url", "error.website");
        }
        int thisYear = agreements.today().getYear();
        if (draft.year() != null && (draft.year() < 1990 || draft.year() > thisYear)) {
            check.reject("year", "error.report.year", 1990, thisYear);
        }
        check.throwIfAny();
        AgreementOutput output = outputs.save(new AgreementOutput(
                agreementId,
                draft.kind(),
                LocalizedText.of(draft.title()),
                draft.year(),
                AgreementService.blank(draft.recordType()) ? null : draft.recordType(),
                AgreementService.blank(draft.recordType()) ? null : draft.recordId(),
                AgreementService.blank(draft.url()) ? null : draft.url().strip(),
                actor.username()));
        agreements.figuresChanged(agreement.allianceId());
        OutputSummary after = OutputSummary.of(output);
        accounts.audit(actor, "add", "agreement-output", output.id(), null, after);
        return after;
    }
}
