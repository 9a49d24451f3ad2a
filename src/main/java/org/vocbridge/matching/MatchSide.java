package org.vocbridge.matching;

/** The two sides of a match: the demand's organization and the offer's. */
public enum MatchSide {
    DEMAND,
    OFFER;

    public MatchSide other() {
        return this == DEMAND ? OFFER : DEMAND;
    }
}
