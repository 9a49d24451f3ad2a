package org.vocbridge.matching;

import java.util.List;

/**
 * How well an offer answers a demand, and why: the hard gates, each passed or failed with what was
 * asked and what is offered, then each component's value (per mille), weight (basis points of the
 * whole) and contribution, with its evidence. The score is the sum of the contributions, in basis
 * points (10,000 is a perfect match, shown as 100.00), computed in integers, so the parts add up to
 * it exactly; it is 0 when a gate fails. The algorithm version says which rules and weights made it.
 */
public record MatchExplanation(
        long demandId, long offerId, int score, String algorithm, List<Gate> gates, List<Component> components) {

    public boolean passed() {
        return gates.stream().allMatch(Gate::passed);
    }

    /** A condition that must hold: what the demand asks and what the offer gives, language-neutral. */
    public record Gate(GateKind kind, boolean passed, String asked, String offered) {}

    /**
     * One part of the score: its value from 0 to 1,000, its weight in basis points, its contribution
     * (value × weight / 1,000, rounded down), its evidence (per kind: OCCUPATION and FIELD the codes
     * asked and given that are closest; SKILLS essential skills taught, essential asked, optional
     * taught, optional asked; LANGUAGE the languages met; QUANTITY places and headcount; TIMING days
     * covered and days asked; MOBILITY the countries both name), and what is missing (for skills,
     * the essential skills the offer does not teach, by URI). Empty evidence: a side says nothing.
     */
    public record Component(
            ComponentKind kind, int value, int weight, int contribution, List<String> evidence, List<String> missing) {}

    public enum GateKind {
        LANGUAGE,
        LEVEL,
        COUNTRY,
        DATES
    }

    public enum ComponentKind {
        OCCUPATION,
        SKILLS,
        FIELD,
        LANGUAGE,
        QUANTITY,
        TIMING,
        MOBILITY
    }
}
