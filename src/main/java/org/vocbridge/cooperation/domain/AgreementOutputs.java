package org.vocbridge.cooperation.domain;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.cooperation.AgreementChanged;
import org.vocbridge.cooperation.OutputSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/** What agreements produced: standards, courses, textbooks, training bases; some are records of other modules. */
@Service
@RequiredArgsConstructor
public class AgreementOutputs {

    private final AgreementOutputRepository outputs;
    private final AgreementAccess access;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public List<OutputSummary> of(CurrentUser user, long agreementId) {
        access.requireVisible(user, agreementId);
        return outputs.findByAgreementIdOrderById(agreementId).stream()
                .map(AgreementOutput::summary)
                .toList();
    }

    @Transactional
    public OutputSummary add(CurrentUser actor, long agreementId, OutputDraft draft) {
        Agreement agreement = access.requireEditable(actor, agreementId);
        InputCheck check = new InputCheck().require("kind", draft.kind());
        AgreementChecks.requireText(check, "title", draft.title());
        check.localized("title", draft.title(), 500);
        check.maxLength("recordType", draft.recordType(), 40);
        if (draft.recordType() != null) {
            if (!draft.recordType().matches("[a-z]+(\\.[a-z-]+)+")) {
                check.reject("recordType", "error.output.recordType");
            }
            check.require("recordId", draft.recordId());
        }
        check.maxLength("url", draft.url(), 300);
        if (draft.url() != null && !draft.url().matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("url", "error.website");
        }
        int thisYear = LocalDate.now().getYear();
        if (draft.year() != null && (draft.year() < 1990 || draft.year() > thisYear)) {
            check.reject("year", "error.report.year", 1990, thisYear);
        }
        check.throwIfAny();
        AgreementOutput output = outputs.save(new AgreementOutput(agreementId, draft, actor.username()));
        events.publishEvent(new AgreementChanged(agreementId, agreement.allianceId()));
        OutputSummary after = output.summary();
        accounts.audit(actor, "add", "agreement-output", output.id(), null, after);
        return after;
    }
}
