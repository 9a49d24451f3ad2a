package org.vocbridge.directory;

import java.time.LocalDate;
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
        boolean current) {}
