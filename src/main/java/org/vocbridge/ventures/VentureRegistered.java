package org.vocbridge.ventures;

/** A venture or an innovation was recorded. */
public record VentureRegistered(long ventureId, VentureKind kind, String country) {}
