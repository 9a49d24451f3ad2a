package org.vocbridge.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.library.PackageOutline;
import org.vocbridge.library.VersionSummary;
import org.vocbridge.shared.LocalizedText;

/** One numbered version of a resource's file, kept downloadable after newer ones arrive. */
@Entity
@Table(name = "library_version")
@Getter
class ResourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long resourceId;

    @Column(name = "version_number")
    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> changeNote;

    /** The storage key: the hex SHA-256 of the content. */
    private String fileKey;

    private String fileName;

    private String mediaType;

    private long sizeBytes;

    private String uploadedBy;

    private Instant uploadedAt = Instant.now();

    private long downloads;

    /** What a course package's manifest says; null for documents. */
    @JdbcTypeCode(SqlTypes.JSON)
    private PackageOutline packageOutline;

    protected ResourceVersion() {}

    ResourceVersion(
            long resourceId,
            int number,
            LocalizedText changeNote,
            String fileKey,
            String fileName,
            String mediaType,
            long sizeBytes,
            String uploadedBy,
            PackageOutline packageOutline) {
        this.resourceId = resourceId;
        this.number = number;
        this.changeNote = changeNote.values();
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.packageOutline = packageOutline;
    }

    LocalizedText changeNote() {
        return LocalizedText.of(changeNote);
    }

    VersionSummary summary() {
        return new VersionSummary(
                number,
                changeNote(),
                fileName,
                mediaType,
                sizeBytes,
                fileKey,
                uploadedBy,
                uploadedAt,
                downloads,
                packageOutline());
    }
}
