package org.vocbridge.ventures;

/** Why a venture already recorded may be the one being registered, strongest first. */
public enum DuplicateReason {
    /** The same website, leaving out "www." and the scheme. */
    SAME_WEBSITE,
    /** The same registration number in the same country. */
    SAME_REGISTRATION_NUMBER,
    /** The same organization of the directory. */
    SAME_ORGANIZATION,
    /** One of its names, written in Latin letters, is the same once legal forms are left out. */
    SAME_NAME,
    /** One of its names looks the same, letter for letter (a Cyrillic "а" for a Latin "a"). */
    LOOK_ALIKE_NAME,
    /** One of its names sounds alike, spelled another way. */
    SIMILAR_NAME
}
