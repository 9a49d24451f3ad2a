package org.vocbridge.cooperation;

import java.util.Map;

/**
 * A yearly progress report as submitted; a second submission for the same year replaces the
 * figures (send the version read, a stale one is refused).
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
        Long version) {}
