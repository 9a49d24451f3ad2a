package org.vocbridge.matching;

/** A level of the Common European Framework of Reference for Languages, A1 (lowest) to C2. */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2;

    public boolean atLeast(CefrLevel required) {
        return compareTo(required) >= 0;
    }
}
