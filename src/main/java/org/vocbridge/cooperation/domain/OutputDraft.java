package org.vocbridge.cooperation.domain;

import java.util.Map;
import org.vocbridge.cooperation.OutputKind;

/**
 * An output to record. Link it to a record of another module by type and id (a library resource
 * is linked so when it is published), or to a page by its address. Blank texts are none; a record
 * id without a record type is none.
 */
public record OutputDraft(
        OutputKind kind, Map<String, String> title, Integer year, String recordType, Long recordId, String url) {

    public OutputDraft {
        recordType = recordType == null || recordType.isBlank() ? null : recordType;
        recordId = recordType == null ? null : recordId;
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
