package org.vocbridge.accounts.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select a from AuditEntry a where (:recordType is null or a.recordType = :recordType) "
            + "and (:recordId is null or a.recordId = :recordId) order by a.at desc, a.id desc")
    Page<AuditEntry> search(String recordType, String recordId, Pageable pageable);
}
