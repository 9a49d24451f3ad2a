package org.vocbridge.taxonomy;

import org.vocbridge.shared.LocalizedText;

/**
 * A skill: ESCO's (its URI) or a local one added where ESCO has none ({@code urn:vocbridge:skill:}),
 * its type (SKILL for ESCO's skill/competence, KNOWLEDGE; null when ESCO gives none), its labels in
 * the languages imported, and the ESCO version it came with (null for a local skill).
 */
public record SkillSummary(String uri, SkillType type, LocalizedText label, String escoVersion) {}
