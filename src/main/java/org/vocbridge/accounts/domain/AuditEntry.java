package org.vocbridge.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** One write: who did what to which record, when, and the record before and after (JSON). */
@Entity
@Table(name = "accounts_audit")
@Getter
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at = Instant.now();

    private String actor;

    private String action;

    private String recordType;

    private String recordId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {}

    AuditEntry(String actor, String action, String recordType, String recordId, String before, String after) {
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.before = before;
        this.after = after;
    }
}
