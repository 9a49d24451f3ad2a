package org.vocbridge.surveys;

import java.time.Instant;
import java.util.List;
import org.vocbridge.shared.LocalizedText;

/**
 * A survey as listed: its questionnaire's identity and languages, who owns it, how many answered.
 *
 * @param ownerName the owner's display name (their user name, with which one signs in, is not shown)
 */
public record SurveySummary(
        long id,
        String formId,
        String version,
        LocalizedText title,
        List<String> languages,
        String ownerName,
        long responses,
        Instant opensAt,
        Instant closesAt,
        boolean demo) {}
