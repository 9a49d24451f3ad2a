package org.vocbridge.ventures;

/** What is recorded. */
public enum VentureKind {
    /** A business: a company, a co-operative, a sole trader. */
    VENTURE,
    /** A product, process or service, possibly made inside a venture. */
    INNOVATION
}
