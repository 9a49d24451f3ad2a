package org.vocbridge.cooperation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.cooperation.DocumentSummary;
import org.vocbridge.cooperation.DocumentVisibility;
import org.vocbridge.shared.LocalizedText;

/** A document of an agreement (the signed text, an annex) with all its uploaded versions. */
@Entity
@Table(name = "cooperation_document")
@Getter
class AgreementDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long agreementId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    @Enumerated(EnumType.STRING)
    private DocumentVisibility visibility;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected AgreementDocument() {}

    AgreementDocument(long agreementId, LocalizedText title, DocumentVisibility visibility) {
        this.agreementId = agreementId;
        this.title = title.values();
        this.visibility = visibility;
    }

    List<DocumentVersion> versions() {
        return List.copyOf(versions);
    }

    /** The document as shown, its uploaders by the name that {@code names} gives for a user name. */
    DocumentSummary summary(UnaryOperator<String> names) {
        return new DocumentSummary(
                id,
                agreementId,
                LocalizedText.of(title),
                visibility,
                versions.stream()
                        .map(v -> v.summary("/agreements/" + agreementId + "/documents/" + id + "/versions/", names))
                        .toList());
    }

    void visibility(DocumentVisibility visibility) {
        this.visibility = visibility;
    }

    DocumentVersion addVersion(
            String fileKey, long size, String mediaType, String fileName, String note, String uploadedBy) {
        DocumentVersion added =
                new DocumentVersion(this, versions.size() + 1, fileKey, size, mediaType, fileName, note, uploadedBy);
        versions.add(added);
        return added;
    }
}
