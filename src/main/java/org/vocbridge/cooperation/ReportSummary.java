package org.vocbridge.cooperation;

import java.time.Instant;
import org.vocbridge.cooperation.domain.ProgressReport;
import org.vocbridge.shared.LocalizedText;

/** A yearly progress report; {@code demo} marks made-up figures of the demo data. */
public record ReportSummary(
        long id,
        long version,
        long agreementId,
        int year,
        ProgressReport.Figures figures,
        LocalizedText narrative,
        boolean demo,
        String submittedBy,
        Instant submittedAt) {

    static ReportSummary of(ProgressReport r) {
        return new ReportSummary(
                r.id(),
                r.version(),
                r.agreementId(),
                r.year(),
                r.figures(),
                r.narrative(),
                r.demo(),
                r.submittedBy(),
                r.submittedAt());
    }
}
