package org.vocbridge.ventures.domain;

/** One name of a venture with its keys, as the duplicate check reads them. */
record NameRow(long ventureId, String latinKey, String phoneticKey, String lookAlikeKey) {

    NameKeys keys() {
        return new NameKeys(latinKey, phoneticKey, lookAlikeKey);
    }
}
