package org.vocbridge.directory;

import java.time.LocalDate;
import org.vocbridge.directory.domain.ChairTerm;
import org.vocbridge.shared.LocalizedText;

/** A term of an alliance's rotating chair. */
public record ChairTermSummary(
        long id,
        long organizationId,
        LocalizedText organizationName,
        LocalDate from,
        LocalDate to,
        String handoverNote,
        String recordedBy,
        boolean current) {

    static ChairTermSummary of(ChairTerm t) {
        return new ChairTermSummary(
                t.id(),
                t.organization().id(),
                t.organization().name(),
                t.fromDate(),
                t.toDate(),
                t.handoverNote(),
                t.recordedBy(),
                t.isCurrentOn(LocalDate.now()));
    }
}
