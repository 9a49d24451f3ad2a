package org.vocbridge.ventures;

/** A venture's need was published, changed or taken back (status WITHDRAWN, or null once removed). */
public record NeedChanged(long needId, long ventureId, NeedKind kind, NeedStatus status) {}
