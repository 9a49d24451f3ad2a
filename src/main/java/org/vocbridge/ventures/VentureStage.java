package org.vocbridge.ventures;

/** How far a venture has come; how these map to other databases' stages is in the README (ventures). */
public enum VentureStage {
    /** The problem and the people who have it are being studied. */
    DISCOVER,
    /** A first version meets its first users or customers. */
    VALIDATE,
    /** The product is being built and first sold. */
    BUILD,
    /** The way to win and keep customers is made to pay. */
    EFFICIENCY,
    /** Customers, staff and revenue grow fast. */
    GROWTH,
    /** An established business. */
    MATURE
}
