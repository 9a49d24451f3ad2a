package org.vocbridge.matching;

/** A demand or an offer was posted or changed; published with the change, delivered after it is stored. */
public record PostingSaved(MatchSide side, long id) {}
