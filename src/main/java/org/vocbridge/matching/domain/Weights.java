package org.vocbridge.matching.domain;

import java.util.Map;
import org.vocbridge.matching.MatchExplanation.ComponentKind;

/** The matching algorithm's version and its components' weights, in basis points. */
public record Weights(String algorithm, Map<ComponentKind, Integer> weights) {

    public static Weights current() {
        return new Weights(MatchScoring.ALGORITHM, MatchScoring.WEIGHTS);
    }
}
