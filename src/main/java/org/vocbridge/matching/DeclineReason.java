package org.vocbridge.matching;

/** Why a side declined a contact, as a code that feedback on the matching can count. */
public enum DeclineReason {
    /** The other side's need or programme is not what it looks for. */
    NOT_RELEVANT,
    /** No places, people or time left now. */
    NO_CAPACITY,
    /** The dates do not fit. */
    TIMING,
    /** The languages do not fit. */
    LANGUAGE,
    /** The place or the countries do not fit. */
    LOCATION,
    /** The costs, visa or support do not fit. */
    TERMS,
    /** Working with them already, or another partner chosen. */
    ALREADY_PARTNERED,
    OTHER
}
