package org.vocbridge.cooperation;

import java.util.Map;
import org.vocbridge.cooperation.domain.OutputKind;

/**
 * An output to record. Link it to a record of another module by type and id (the library links
 * its standards and courses so), or to a page by its address.
 */
public record OutputDraft(
        OutputKind kind, Map<String, String> title, Integer year, String recordType, Long recordId, String url) {}
