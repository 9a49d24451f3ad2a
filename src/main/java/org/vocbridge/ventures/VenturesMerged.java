package org.vocbridge.ventures;

/** An admin merged two records of one venture: {@code mergedId} is gone, what referred to it belongs to {@code intoId}. */
public record VenturesMerged(long mergedId, long intoId) {}
