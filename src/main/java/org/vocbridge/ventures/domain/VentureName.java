package org.vocbridge.ventures.domain;

import jakarta.persistence.Embeddable;

/** One of a venture's names with the keys it is compared by; language is null for a former or other name. */
@Embeddable
record VentureName(
        String language, String name, String latinKey, String phoneticKey, String lookAlikeKey, String phoneticBlock) {

    static VentureName of(String language, String name) {
        NameKeys keys = NameKeys.of(name, language);
        return new VentureName(language, name, keys.latin(), keys.phonetic(), keys.lookAlike(), keys.block());
    }

    NameKeys keys() {
        return new NameKeys(latinKey, phoneticKey, lookAlikeKey);
    }
}
