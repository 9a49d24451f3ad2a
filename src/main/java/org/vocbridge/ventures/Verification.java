package org.vocbridge.ventures;

/** How far the public may trust an outcome. */
public enum Verification {
    /** Only the venture's word. */
    SELF_REPORTED,
    /** A file or a link shows it. */
    EVIDENCE_ATTACHED,
    /** The founders' college or an alliance it belongs to vouched for it (who and when shown). */
    VERIFIED
}
