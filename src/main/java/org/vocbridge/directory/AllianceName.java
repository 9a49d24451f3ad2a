package org.vocbridge.directory;

import org.vocbridge.shared.LocalizedText;

/** An alliance as a filter's choices show it, read from the search index alone. */
public record AllianceName(long id, LocalizedText name) {}
