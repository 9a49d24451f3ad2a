package org.vocbridge.surveys;

import java.time.Instant;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/** A survey as listed: its questionnaire's identity and languages, who owns it, how many answered. */
public record SurveySummary(
        long id,
        String formId,
        String version,
        LocalizedText title,
        List<String> languages,
        String owner,
        long responses,
        Instant opensAt,
        Instant closesAt,
        boolean demo) {}
