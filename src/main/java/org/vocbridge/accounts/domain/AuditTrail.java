package org.vocbridge.accounts.domain;

import java.time.Instant;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.security.WriteRefused;
import tools.jackson.databind.json.JsonMapper;

/** The audit log: every write with who, when, and the record before and after. */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final JsonMapper json;

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

    /** Records a write in the writer's transaction, so that a rolled-back write leaves no entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            CurrentUser user, String action, String recordType, Object recordId, Object before, Object after) {
        entries.save(new AuditEntry(
                user.username(),
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }

    /**
     * A signed-in user's refused write, in a transaction of its own (the refused request's work, if
     * any, was rolled back): who tried, and which method on which address.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(WriteRefused refused) {
        entries.save(new AuditEntry(
                refused.user().username(),
                "refused",
                "request",
                null,
                null,
                json.writeValueAsString(Map.of("method", refused.method(), "path", refused.path()))));
    }

    /** The log (platform admins), newest first, narrowed to a record type and id when given. */
    @Transactional(readOnly = true)
    public ResultPage<Entry> entries(CurrentUser reader, String recordType, String recordId, Pageable pageable) {
        reader.requireAdmin();
        return ResultPage.of(entries.search(blankToNull(recordType), blankToNull(recordId), pageable)
                .map(a -> new Entry(
                        a.id(), a.at(), a.actor(), a.action(), a.recordType(), a.recordId(), a.before(), a.after())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
