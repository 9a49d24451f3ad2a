package org.vocbridge.taxonomy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.SkillSummary;
import org.vocbridge.taxonomy.SkillType;

/**
 * A skill: imported from ESCO's skills files (labels one language per file, another language adds
 * to them) or added locally with labels in any languages.
 */
@Entity
@Table(name = "taxonomy_skill")
class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uri;

    @Enumerated(EnumType.STRING)
    private SkillType skillType;

    private String reuseLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> preferredLabel = new HashMap<>();

    /** Alternative labels per language, one per line. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> altLabels = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description = new HashMap<>();

    private String status;

    private String escoVersion;

    private Instant modifiedAt;

    protected Skill() {}

    Skill(String uri) {
        this.uri = uri;
    }

    String uri() {
        return uri;
    }

    /** Sets what one language's ESCO file says of the skill; the other languages' labels stay. */
    void fromEsco(
            String version,
            SkillType type,
            String reuse,
            String language,
            String preferred,
            String alternatives,
            String text,
            String state,
            Instant modified) {
        this.escoVersion = version;
        this.skillType = type;
        this.reuseLevel = reuse;
        this.preferredLabel = put(preferredLabel, language, preferred);
        this.altLabels = put(altLabels, language, alternatives);
        this.description = put(description, language, text);
        this.status = state;
        this.modifiedAt = modified;
    }

    /** A local skill's labels and description in every language given. */
    void local(SkillType type, LocalizedText label, LocalizedText text, Instant now) {
        this.skillType = type;
        this.preferredLabel = new HashMap<>(label.values());
        this.description = text == null ? new HashMap<>() : new HashMap<>(text.values());
        this.status = "released";
        this.modifiedAt = now;
    }

    private static Map<String, String> put(Map<String, String> map, String language, String value) {
        Map<String, String> copy = new HashMap<>(map == null ? Map.of() : map);
        if (value == null || value.isBlank()) {
            copy.remove(language);
        } else {
            copy.put(language, value.strip());
        }
        return copy;
    }

    SkillSummary summary() {
        return new SkillSummary(uri, skillType, LocalizedText.of(preferredLabel), escoVersion);
    }
}
