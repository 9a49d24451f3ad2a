package org.vocbridge.accounts;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.domain.AuditEntryRepository;
import org.vocbridge.shared.ResultPage;

/** Reading the audit log (platform admins). */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** One write, with the record before and after as JSON. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String action,
            String recordType,
            String recordId,
            String before,
            String after) {}

    @Transactional(readOnly = true)
    public ResultPage<Entry> entries(String recordType, String recordId, Pageable pageable) {
        return ResultPage.of(entries.search(blankToNull(recordType), blankToNull(recordId), pageable)
                .map(a -> new Entry(
                        a.id(), a.at(), a.actor(), a.action(), a.recordType(), a.recordId(), a.before(), a.after())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
