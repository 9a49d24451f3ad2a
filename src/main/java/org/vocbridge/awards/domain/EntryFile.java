package org.vocbridge.awards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A file that came with an entry, its content in the file storage under its SHA-256. */
@Entity
@Table(name = "awards_entry_file")
@Getter
class EntryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long entryId;

    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    private String mediaType;

    private String fileName;

    private Long uploadedBy;

    private Instant uploadedAt;

    protected EntryFile() {}

    EntryFile(long entryId, String sha256, long size, String mediaType, String fileName, Long uploadedBy, Instant now) {
        this.entryId = entryId;
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }
}
