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

    @Column(nullable = false)
    private Instant at = Instant.now();

    @Column(length = 80)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 60)
    private String recordType;

    @Column(length = 60)
    private String recordId;

    @Column(name = "before_state", length = 200000)
    private String before;

    @Column(name = "after_state", length = 200000)
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
