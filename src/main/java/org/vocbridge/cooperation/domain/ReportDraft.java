package org.vocbridge.cooperation.domain;

import java.util.Map;
import org.vocbridge.cooperation.ReportSummary;

/**
 * A yearly progress report as submitted; a second submission for the same year replaces the
 * figures (send the version read, a stale one is refused). A figure left out is 0.
 */
public record ReportDraft(
        Integer year,
        Integer studentsEnrolled,
        Integer graduates,
        Integer teachersTrained,
        Integer coursesDeveloped,
        Integer standardsDeveloped,
        Integer studyTourParticipants,
        Map<String, String> narrative,
        Long version) {

    ReportSummary.Figures figures() {
        return new ReportSummary.Figures(
                value(studentsEnrolled),
                value(graduates),
                value(teachersTrained),
                value(coursesDeveloped),
                value(standardsDeveloped),
                value(studyTourParticipants));
    }

    private static int value(Integer figure) {
        return figure == null ? 0 : figure;
    }
}
