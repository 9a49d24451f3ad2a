package org.vocbridge.cooperation.web;

import java.util.List;
import org.vocbridge.cooperation.ReportSummary;
import org.vocbridge.cooperation.domain.ReportDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/** The page form of one year's progress report; a correction carries the version it was read at. */
record ReportForm(
        Integer year,
        Integer studentsEnrolled,
        Integer graduates,
        Integer teachersTrained,
        Integer coursesDeveloped,
        Integer standardsDeveloped,
        Integer studyTourParticipants,
        List<TranslationRow> narrative,
        Long version) {

    static ReportForm empty(int year) {
        return new ReportForm(year, 0, 0, 0, 0, 0, 0, TranslationRow.rows(LocalizedText.EMPTY), null);
    }

    static ReportForm of(ReportSummary report) {
        var f = report.figures();
        return new ReportForm(
                report.year(),
                f.studentsEnrolled(),
                f.graduates(),
                f.teachersTrained(),
                f.coursesDeveloped(),
                f.standardsDeveloped(),
                f.studyTourParticipants(),
                TranslationRow.rows(report.narrative()),
                report.version());
    }

    ReportDraft draft() {
        return new ReportDraft(
                year,
                studentsEnrolled,
                graduates,
                teachersTrained,
                coursesDeveloped,
                standardsDeveloped,
                studyTourParticipants,
                TranslationRow.toMap(narrative),
                version);
    }
}
