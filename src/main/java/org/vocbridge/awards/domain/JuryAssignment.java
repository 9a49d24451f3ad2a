package org.vocbridge.awards.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * Assigns entries to jurors by minimum-cost flow (JGraphT's capacity scaling) under hard
 * constraints: each entry gets exactly {@code jurorsPerEntry} jurors, each juror between
 * {@code minPerJuror} and {@code maxPerJuror} entries, no juror with a conflict, and (when the rules
 * say so) at most one juror from the entry's country. A juror's n-th entry costs n, so the work is
 * spread as evenly as the constraints allow. The graph is built in the order of the ids given, so
 * the same inputs give the same assignment.
 *
 * <p>When the constraints cannot all hold, nothing is assigned and the answer names the constraint
 * that binds, with the entries or jurors it binds on, instead of weakening it: the flow is solved
 * with an escape arc from each entry straight to the sink at a prohibitive cost, so that the flow is
 * always feasible and the escape arcs used show which entries could not be served.
 */
final class JuryAssignment {

    /** What an escape arc costs: more than any assignment of real jurors could, below JGraphT's infinity (1e9). */
    private static final double ESCAPE_COST = 1e8;

    /** How many jurors free of conflicts each entry is first offered to, per juror it needs. */
    private static final int CANDIDATES_PER_SEAT = 8;

    private JuryAssignment() {}

    /** A juror and where the juror is from. */
    record Seat(long jurorId, String country) {}

    /** An entry and where it is from. */
    record Candidate(long entryId, String country) {}

    /**
     * A constraint that binds.
     *
     * @param constraint jurorsPerEntry, maxPerJuror, minPerJuror, noConflict or oneJurorFromCountry
     * @param entries the entries it binds on (the first few), empty when it binds on the whole call
     * @param jurors the jurors it binds on (the first few)
     * @param needed what the constraints ask for
     * @param available what the jurors and conflicts allow
     */
    record Binding(String constraint, List<Long> entries, List<Long> jurors, int needed, int available) {}

    /** Entry to jurors, or the constraints that bind (then no assignment). */
    record Result(Map<Long, List<Long>> assigned, List<Binding> binding) {

        boolean feasible() {
            return binding.isEmpty();
        }
    }

    static Result assign(List<Candidate> entries, List<Seat> jurors, Set<String> conflicts, JuryRules rules) {
        List<Binding> binding = precheck(entries, jurors, conflicts, rules);
        if (!binding.isEmpty()) {
            return new Result(Map.of(), binding);
        }
        if (entries.isEmpty()) {
            return new Result(Map.of(), List.of());
        }
        // first on a sparse network: each entry offered to a rotating window of jurors, which keeps
        // 2,000 entries × 300 jurors to tens of thousands of arcs; a solution there holds every
        // constraint. Only when it finds none is the whole network solved, to name what binds.
        int window = Math.min(jurors.size(), CANDIDATES_PER_SEAT * rules.jurorsPerEntry());
        if (window < jurors.size()) {
            Result sparse = solve(new Flow(entries, jurors, conflicts, rules, window), entries, rules);
            if (sparse.feasible()) {
                return sparse;
            }
        }
        return solve(new Flow(entries, jurors, conflicts, rules, jurors.size()), entries, rules);
    }

    private static Result solve(Flow flow, List<Candidate> entries, JuryRules rules) {
        Map<Integer, Double> solved;
        try {
            solved = flow.solve(true);
        } catch (RuntimeException infeasible) {
            // JGraphT refuses a problem whose lower bounds cannot be met: a juror's minimum binds
            solved = null;
        }
        if (solved == null) {
            Map<Integer, Double> relaxed = flow.solve(false);
            List<Long> short_ = flow.loads(relaxed).entrySet().stream()
                    .filter(e -> e.getValue() < rules.minPerJuror())
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            return new Result(
                    Map.of(), List.of(new Binding("minPerJuror", List.of(), first(short_), rules.minPerJuror(), 0)));
        }
        List<Long> unserved = flow.escaped(solved);
        if (!unserved.isEmpty()) {
            return new Result(
                    Map.of(),
                    List.of(new Binding(
                            "maxPerJuror",
                            first(unserved),
                            List.of(),
                            entries.size() * rules.jurorsPerEntry(),
                            entries.size() * rules.jurorsPerEntry() - unserved.size())));
        }
        return new Result(flow.assigned(solved), List.of());
    }

    /** The constraints that bind before any flow: totals, and entries with too few jurors free of conflicts. */
    private static List<Binding> precheck(
            List<Candidate> entries, List<Seat> jurors, Set<String> conflicts, JuryRules rules) {
        int k = rules.jurorsPerEntry();
        int needed = entries.size() * k;
        if (needed > jurors.size() * rules.maxPerJuror()) {
            return List.of(
                    new Binding("maxPerJuror", List.of(), List.of(), needed, jurors.size() * rules.maxPerJuror()));
        }
        if (jurors.size() * rules.minPerJuror() > needed) {
            return List.of(
                    new Binding("minPerJuror", List.of(), List.of(), jurors.size() * rules.minPerJuror(), needed));
        }
        List<Long> noConflict = new ArrayList<>();
        List<Long> country = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (Candidate e : entries) {
            int free = 0;
            int fromCountry = 0;
            for (Seat j : jurors) {
                if (!conflicts.contains(pair(j.jurorId(), e.entryId()))) {
                    if (rules.oneJurorFromEntrantCountry()
                            && e.country() != null
                            && e.country().equals(j.country())) {
                        fromCountry++;
                    } else {
                        free++;
                    }
                }
            }
            if (free + fromCountry < k) {
                noConflict.add(e.entryId());
                fewest = Math.min(fewest, free + fromCountry);
            } else if (free + Math.min(1, fromCountry) < k) {
                country.add(e.entryId());
                fewest = Math.min(fewest, free + 1);
            }
        }
        List<Binding> binding = new ArrayList<>();
        if (!noConflict.isEmpty()) {
            binding.add(new Binding("noConflict", first(noConflict), List.of(), k, fewest));
        }
        if (!country.isEmpty()) {
            binding.add(new Binding("oneJurorFromCountry", first(country), List.of(), k, fewest));
        }
        return binding;
    }

    static String pair(long jurorId, long entryId) {
        return jurorId + ":" + entryId;
    }

    private static List<Long> first(List<Long> ids) {
        return List.copyOf(ids.subList(0, Math.min(ids.size(), 20)));
    }

    /** The flow network: entries (supply k each) → [country gate] → jurors → load tiers → sink. */
    private static final class Flow {

        private final Graph<Integer, Integer> graph = new DirectedWeightedMultigraph<>(null, null);
        private final List<Integer> upper = new ArrayList<>();
        private final List<Integer> lower = new ArrayList<>();
        private final Map<Integer, Integer> supply = new HashMap<>();
        /** Edge to the (entry, juror) it assigns, for the edges into a juror. */
        private final Map<Integer, long[]> assigning = new HashMap<>();

        private final Map<Integer, Long> escape = new HashMap<>();
        private final Map<Integer, Long> tierOf = new HashMap<>();
        private int nodes;

        /** Offers each entry to the {@code window} jurors free of conflicts that follow where its turn starts. */
        Flow(List<Candidate> entries, List<Seat> jurors, Set<String> conflicts, JuryRules rules, int window) {
            int k = rules.jurorsPerEntry();
            int sink = node();
            supply.put(sink, -entries.size() * k);
            Map<Long, Integer> jurorNode = new HashMap<>();
            for (Seat j : jurors) {
                int n = node();
                jurorNode.put(j.jurorId(), n);
                // a juror's ℓ-th entry costs ℓ: the load is spread; the first minPerJuror are a lower bound
                for (int load = 1; load <= rules.maxPerJuror(); load++) {
                    int e = edge(n, sink, 1, 0, load);
                    tierOf.put(e, j.jurorId());
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                Candidate c = entries.get(i);
                int n = node();
                supply.put(n, k);
                escape.put(edge(n, sink, k, 0, ESCAPE_COST), c.entryId());
                Integer gate = null;
                int offered = 0;
                for (int step = 0; step < jurors.size() && offered < window; step++) {
                    Seat j = jurors.get((int) (((long) i * k + step) % jurors.size()));
                    if (conflicts.contains(pair(j.jurorId(), c.entryId()))) {
                        continue;
                    }
                    offered++;
                    int from = n;
                    if (rules.oneJurorFromEntrantCountry()
                            && c.country() != null
                            && c.country().equals(j.country())) {
                        if (gate == null) {
                            gate = node();
                            edge(n, gate, 1, 0, 0);
                        }
                        from = gate;
                    }
                    int e = edge(from, jurorNode.get(j.jurorId()), 1, 0, 0);
                    assigning.put(e, new long[] {c.entryId(), j.jurorId()});
                }
            }
            this.minimum = rules.minPerJuror();
        }

        private final int minimum;

        private int node() {
            graph.addVertex(nodes);
            return nodes++;
        }

        private int edge(int from, int to, int capacity, int lowerBound, double price) {
            int e = upper.size();
            graph.addEdge(from, to, e);
            upper.add(capacity);
            lower.add(lowerBound);
            // the arc's cost is its weight
            graph.setEdgeWeight(e, price);
            return e;
        }

        /** Solves it, with each juror's first minPerJuror tiers as lower bounds when asked. */
        Map<Integer, Double> solve(boolean withMinimum) {
            Map<Long, Integer> seen = new HashMap<>();
            Map<Integer, Integer> bounds = new HashMap<>();
            if (withMinimum && minimum > 0) {
                tierOf.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
                    int count = seen.merge(t.getValue(), 1, Integer::sum);
                    if (count <= minimum) {
                        bounds.put(t.getKey(), 1);
                    }
                });
            }
            var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                    graph, v -> supply.getOrDefault(v, 0), upper::get, e -> bounds.getOrDefault(e, lower.get(e)));
            return new CapacityScalingMinimumCostFlow<Integer, Integer>()
                    .getMinimumCostFlow(problem)
                    .getFlowMap();
        }

        List<Long> escaped(Map<Integer, Double> flow) {
            return escape.entrySet().stream()
                    .filter(e -> flow.getOrDefault(e.getKey(), 0.0) > 0.5)
                    .map(Map.Entry::getValue)
                    .sorted()
                    .toList();
        }

        Map<Long, Integer> loads(Map<Integer, Double> flow) {
            Map<Long, Integer> loads = new HashMap<>();
            tierOf.forEach((e, juror) -> loads.merge(juror, flow.getOrDefault(e, 0.0) > 0.5 ? 1 : 0, Integer::sum));
            return loads;
        }

        Map<Long, List<Long>> assigned(Map<Integer, Double> flow) {
            Map<Long, List<Long>> assigned = new java.util.TreeMap<>();
            assigning.entrySet().stream()
                    .filter(e -> flow.getOrDefault(e.getKey(), 0.0) > 0.5)
                    .map(Map.Entry::getValue)
                    .sorted(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]))
                    .forEach(p -> assigned.computeIfAbsent(p[0], x -> new ArrayList<>())
                            .add(p[1]));
            assigned.values().removeIf(Objects::isNull);
            return assigned;
        }
    }
}
