package org.vocbridge.cooperation;

import org.vocbridge.shared.LocalizedText;

/**
 * Something an agreement produced.
 *
 * @param recordType the kind of linked record in another module (for example
 *     {@code library.resource}), or null
 * @param recordId that record's id, or null
 */
public record OutputSummary(
        long id,
        long agreementId,
        OutputKind kind,
        LocalizedText title,
        Integer year,
        String recordType,
        Long recordId,
        String url) {}
