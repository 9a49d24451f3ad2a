package org.vocbridge.taxonomy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/**
 * An ESCO occupation, as imported from ESCO's CSV download, under its ISCO-08 unit group. Labels
 * come one language per file; importing another language adds to them.
 */
@Entity
@Table(name = "taxonomy_esco_occupation")
@Getter
class EscoOccupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uri;

    private String iscoGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> preferredLabel = new HashMap<>();

    /** Alternative labels per language, one per line. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> altLabels = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description = new HashMap<>();

    private String status;

    private Instant modifiedAt;

    protected EscoOccupation() {}

    EscoOccupation(String uri) {
        this.uri = uri;
    }

    /** Sets what one language's file says; the other languages' labels stay. */
    public void update(
            String iscoGroup,
            String language,
            String preferred,
            String alternatives,
            String description,
            String status,
            Instant modifiedAt) {
        this.iscoGroup = iscoGroup;
        this.preferredLabel = put(preferredLabel, language, preferred);
        this.altLabels = put(altLabels, language, alternatives);
        this.description = put(this.description, language, description);
        this.status = status;
        this.modifiedAt = modifiedAt;
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

    public LocalizedText preferredLabel() {
        return LocalizedText.of(preferredLabel);
    }

    public LocalizedText altLabels() {
        return LocalizedText.of(altLabels);
    }

    public LocalizedText description() {
        return LocalizedText.of(description);
    }
}
