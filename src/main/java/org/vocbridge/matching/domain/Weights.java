package org.vocbridge.matching.domain;

import java.util.EnumMap;
import java.util.Map;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;

/** A version of the matching algorithm and its components' weights, in basis points. */
public record Weights(String algorithm, Map<ComponentKind, Integer> weights) {

    /** The rules' own weights, in use until a weight set is published. */
    public static Weights builtIn() {
        return new Weights(MatchScoring.ALGORITHM, MatchScoring.WEIGHTS);
    }

    /** The version and weights a match was scored with. */
    static Weights of(MatchExplanation match) {
        Map<ComponentKind, Integer> weights = new EnumMap<>(ComponentKind.class);
        match.components().forEach(c -> weights.put(c.kind(), c.weight()));
        return new Weights(match.algorithm(), weights);
    }
}
