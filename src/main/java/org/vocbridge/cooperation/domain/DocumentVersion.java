package org.vocbridge.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.UnaryOperator;
import lombok.Getter;
import org.vocbridge.cooperation.DocumentSummary;

/** One uploaded version of a document; its file key is the SHA-256 of its content. */
@Entity
@Table(name = "cooperation_document_version")
@Getter
class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private AgreementDocument document;

    @Column(name = "version_number")
    private int number;

    private String fileKey;

    @Column(name = "size_bytes")
    private long size;

    private String mediaType;

    private String fileName;

    private String note;

    private String uploadedBy;

    private Instant uploadedAt = Instant.now();

    protected DocumentVersion() {}

    DocumentVersion(
            AgreementDocument document,
            int number,
            String fileKey,
            long size,
            String mediaType,
            String fileName,
            String note,
            String uploadedBy) {
        this.document = document;
        this.number = number;
        this.fileKey = fileKey;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.note = note;
        this.uploadedBy = uploadedBy;
    }

    /** The hex SHA-256 of the file, which is also its storage key. */
    String sha256() {
        return fileKey;
    }

    /** The version as listed, downloaded from the address given plus its number. */
    DocumentSummary.VersionSummary summary(String addressOfVersions, UnaryOperator<String> names) {
        return new DocumentSummary.VersionSummary(
                number,
                fileName,
                mediaType,
                size,
                fileKey,
                note,
                names.apply(uploadedBy),
                uploadedAt,
                addressOfVersions + number);
    }
}
