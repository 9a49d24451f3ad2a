package org.vocbridge.ventures;

import java.time.Instant;
import java.time.LocalDate;

/** When a group of a venture's fields was last confirmed by its keepers, and until when that holds. */
public record Freshness(FieldGroup group, Instant confirmedAt, LocalDate due, boolean stale) {}
