package org.vocbridge.cooperation;

import java.time.Instant;
import org.vocbridge.shared.LocalizedText;

/** A yearly progress report; {@code demo} marks made-up figures of the demo data. */
public record ReportSummary(
        long id,
        long version,
        long agreementId,
        int year,
        Figures figures,
        LocalizedText narrative,
        boolean demo,
        String submittedBy,
        Instant submittedAt) {

    /** The figures of a report, as submitted. */
    public record Figures(
            int studentsEnrolled,
            int graduates,
            int teachersTrained,
            int coursesDeveloped,
            int standardsDeveloped,
            int studyTourParticipants) {}
}
