package org.vocbridge.ventures;

import org.vocbridge.shared.LocalizedText;

/**
 * A venture already recorded that may be the one being registered.
 *
 * @param score 1 for a key both share, else how alike the names are (Jaro-Winkler, 0 to 1)
 */
public record PossibleDuplicate(
        long ventureId, LocalizedText name, String country, DuplicateReason reason, double score) {}
