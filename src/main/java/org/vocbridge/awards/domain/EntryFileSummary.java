package org.vocbridge.awards.domain;

import java.time.Instant;

/**
 * A file of an entry as its reader may see it.
 *
 * @param name the name it was uploaded under; for a juror in a blind review, one made of the entry's code
 */
public record EntryFileSummary(long id, String name, String mediaType, long size, Instant uploadedAt) {}
