package org.vocbridge.awards.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.LocalizedText;

/** How the awards pages write figures and a conflict's evidence, in the reader's language. */
@Component("awardEvidence")
@RequiredArgsConstructor
class AwardEvidence {

    private final DirectoryApi directory;
    private final MessageSource messages;

    /** Hundredths of a point, as points with two decimals. */
    public String points(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }

    /** Entry references that name nobody. */
    public String codes(List<Long> ids) {
        return String.join(
                ", ",
                ids.stream().map(id -> String.format(Locale.ROOT, "E-%04d", id)).toList());
    }

    /** What a rule found: the records and dates of its evidence. */
    @SuppressWarnings("unchecked")
    public String describe(Map<String, Object> evidence) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> parts = new ArrayList<>();
        Object organization = evidence.get("organizationId");
        if (organization instanceof Number n) {
            OrganizationLabel label =
                    directory.organizationLabels(List.of(n.longValue())).get(n.longValue());
            parts.add(label == null ? "#" + n : label.name().in(locale));
        }
        if (evidence.get("title") instanceof Map<?, ?> title) {
            parts.add(LocalizedText.of((Map<String, String>) title).in(locale));
        }
        if (evidence.get("country") instanceof String country) {
            parts.add(new Locale.Builder().setRegion(country).build().getDisplayCountry(locale));
        }
        add(parts, evidence, "endedOn", "award.evidence.endedOn", locale);
        add(parts, evidence, "on", "award.evidence.on", locale);
        add(parts, evidence, "signedOn", "award.evidence.signedOn", locale);
        if (evidence.get("ventureId") instanceof Number n) {
            parts.add(messages.getMessage("award.evidence.venture", new Object[] {n.toString()}, locale));
        }
        if (evidence.get("note") instanceof String note) {
            parts.add(note);
        }
        return String.join(" · ", parts);
    }

    private void add(List<String> parts, Map<String, Object> evidence, String key, String message, Locale locale) {
        if (evidence.get(key) instanceof String day) {
            parts.add(messages.getMessage(message, new Object[] {day}, locale));
        }
    }
}
