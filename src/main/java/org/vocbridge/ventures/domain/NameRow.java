package org.vocbridge.ventures.domain;

/** One name of a venture with its keys, as the duplicate check reads them. */
record NameRow(long ventureId, String latinKey, String phoneticKey, String lookAlikeKey) {

    /** A row of {@link VentureRepository#namesNear}. */
    static NameRow of(Object[] row) {
        return new NameRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]);
    }

    NameKeys keys() {
        return new NameKeys(latinKey, phoneticKey, lookAlikeKey);
    }
}
