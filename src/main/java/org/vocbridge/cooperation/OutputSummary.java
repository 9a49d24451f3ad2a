package org.vocbridge.cooperation;

import java.util.Map;
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
        String url) {

    /** The pages of the records an output may be, by record type. */
    private static final Map<String, String> PAGES = Map.of(
            "library.resource", "/library/",
            "directory.organization", "/organizations/",
            "directory.person", "/people/",
            "cooperation.agreement", "/agreements/");

    /** The page of the VocBridge record this output is, or null when it is none (or of a kind without a page). */
    public String recordPage() {
        String base = recordType == null || recordId == null ? null : PAGES.get(recordType);
        return base == null ? null : base + recordId;
    }
}
