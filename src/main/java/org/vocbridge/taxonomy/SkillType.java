package org.vocbridge.taxonomy;

/** ESCO's two types of skill: skill/competence (what one can do) and knowledge (what one knows). */
public enum SkillType {
    SKILL,
    KNOWLEDGE;

    /** The type as ESCO's files write it ("skill/competence", "knowledge"); null for anything else. */
    public static SkillType ofEsco(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skill/competence", "skill" -> SKILL;
            case "knowledge" -> KNOWLEDGE;
            default -> null;
        };
    }
}
