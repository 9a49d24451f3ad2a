package org.vocbridge.awards.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vocbridge.awards.CriterionKind;

/**
 * Ranks the entries of a phase from the scores that count, the same way every time: all figures
 * are hundredths of a point out of 100.
 *
 * <ul>
 *   <li>Each score's weighted total is taken as stored (see {@link Rubric#total}).
 *   <li>A juror who scored at least the call's minimum number of entries (never fewer than two) and
 *       did not give them all the same total is normalized to the whole jury: μ + σ · (x − μⱼ) / σⱼ,
 *       with the mean and population standard deviation of all the scores (μ, σ) and of the
 *       juror's (μⱼ, σⱼ), rounded to the hundredth. Other jurors' totals are kept as they are.
 *   <li>Entries are ordered by the median of their (normalized) totals, then their mean, then the
 *       mean mark of the heaviest criterion, then the order they were entered in; the rule that
 *       separated each entry from the one above it is named.
 *   <li>A judgement criterion whose levels given to an entry are more than one level apart is
 *       flagged for the jury chair.
 * </ul>
 *
 * The fingerprint is the SHA-256 of the rubric version and every score used, so that anyone
 * holding the stored scores can check a published ranking.
 */
final class Ranking {

    private Ranking() {}

    /** A score that counts. */
    record Mark(long entryId, long jurorId, int total, Map<String, Integer> marks) {}

    /**
     * An entry's place.
     *
     * @param rank from 1; null for an entry nobody scored
     * @param median the median of its normalized totals
     * @param rawMedian the median of its totals as given
     * @param divergent the judgement criteria whose levels are more than one apart
     * @param decidedBy the rule that put it below the entry above: median, mean, heaviest or entered
     */
    record Ranked(
            Integer rank,
            long entryId,
            int median,
            int mean,
            int rawMedian,
            int heaviest,
            int scores,
            List<String> divergent,
            String decidedBy) {}

    /**
     * @param normalized the jurors whose totals were normalized
     */
    record Result(List<Ranked> entries, List<Long> normalized, String fingerprint) {}

    static Result rank(Rubric rubric, int rubricVersion, Collection<Mark> marks, List<Long> entryIds, int minimum) {
        List<Mark> sorted = marks.stream()
                .sorted(Comparator.comparingLong(Mark::entryId).thenComparingLong(Mark::jurorId))
                .toList();
        Map<Long, List<Integer>> byJuror = new TreeMap<>();
        sorted.forEach(m ->
                byJuror.computeIfAbsent(m.jurorId(), j -> new ArrayList<>()).add(m.total()));
        double[] all = sorted.stream().mapToDouble(Mark::total).toArray();
        double mu = mean(all);
        double sigma = deviation(all, mu);
        Map<Long, double[]> scales = new TreeMap<>();
        byJuror.forEach((juror, totals) -> {
            double[] own = totals.stream().mapToDouble(Integer::doubleValue).toArray();
            double muJ = mean(own);
            double sigmaJ = deviation(own, muJ);
            if (totals.size() >= Math.max(2, minimum) && sigmaJ > 0 && sigma > 0) {
                scales.put(juror, new double[] {muJ, sigmaJ});
            }
        });
        Criterion heaviest = rubric.heaviest();
        Map<Long, List<Mark>> byEntry = new LinkedHashMap<>();
        entryIds.forEach(id -> byEntry.put(id, new ArrayList<>()));
        sorted.forEach(m -> {
            List<Mark> of = byEntry.get(m.entryId());
            if (of != null) {
                of.add(m);
            }
        });
        List<Ranked> scored = new ArrayList<>();
        List<Ranked> unscored = new ArrayList<>();
        byEntry.forEach((entryId, of) -> {
            if (of.isEmpty()) {
                unscored.add(new Ranked(null, entryId, 0, 0, 0, 0, 0, List.of(), null));
                return;
            }
            List<Integer> adjusted = new ArrayList<>();
            List<Integer> raw = new ArrayList<>();
            long heavy = 0;
            for (Mark m : of) {
                raw.add(m.total());
                double[] scale = scales.get(m.jurorId());
                adjusted.add(
                        scale == null
                                ? m.total()
                                : (int) Math.max(
                                        0,
                                        Math.min(10_000, Math.round(mu + sigma * (m.total() - scale[0]) / scale[1]))));
                if (heaviest != null && heaviest.highest() > 0) {
                    heavy += m.marks().getOrDefault(heaviest.key(), 0) * 10_000L / heaviest.highest();
                }
            }
            scored.add(new Ranked(
                    null,
                    entryId,
                    median(adjusted),
                    roundedMean(adjusted),
                    median(raw),
                    (int) ((2 * heavy + of.size()) / (2L * of.size())),
                    of.size(),
                    divergent(rubric, of),
                    null));
        });
        scored.sort(Comparator.comparingInt(Ranked::median)
                .reversed()
                .thenComparing(Comparator.comparingInt(Ranked::mean).reversed())
                .thenComparing(Comparator.comparingInt(Ranked::heaviest).reversed())
                .thenComparingLong(Ranked::entryId));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            String decidedBy = i == 0 ? null : separating(scored.get(i - 1), r);
            ranked.add(new Ranked(
                    i + 1,
                    r.entryId(),
                    r.median(),
                    r.mean(),
                    r.rawMedian(),
                    r.heaviest(),
                    r.scores(),
                    r.divergent(),
                    decidedBy));
        }
        ranked.addAll(unscored);
        return new Result(ranked, List.copyOf(scales.keySet()), fingerprint(rubricVersion, sorted));
    }

    private static String separating(Ranked above, Ranked r) {
        if (above.median() != r.median()) {
            return "median";
        }
        if (above.mean() != r.mean()) {
            return "mean";
        }
        return above.heaviest() != r.heaviest() ? "heaviest" : "entered";
    }

    private static List<String> divergent(Rubric rubric, List<Mark> of) {
        List<String> divergent = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            if (c.kind() != CriterionKind.JUDGEMENT) {
                continue;
            }
            TreeSet<Integer> levels = new TreeSet<>();
            of.forEach(m -> {
                Integer level = m.marks().get(c.key());
                if (level != null) {
                    levels.add(level);
                }
            });
            if (!levels.isEmpty() && levels.last() - levels.first() > 1) {
                divergent.add(c.key());
            }
        }
        return divergent;
    }

    static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2) + 1) / 2;
    }

    private static int roundedMean(List<Integer> values) {
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return (int) ((2 * sum + values.size()) / (2L * values.size()));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double deviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return values.length == 0 ? 0 : Math.sqrt(sum / values.length);
    }

    private static String fingerprint(int rubricVersion, List<Mark> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("rubric " + rubricVersion + "\n").getBytes(StandardCharsets.UTF_8));
            for (Mark m : sorted) {
                StringBuilder line = new StringBuilder()
                        .append(m.entryId())
                        .append(' ')
                        .append(m.jurorId())
                        .append(' ')
                        .append(m.total());
                new TreeMap<>(m.marks())
                        .forEach(
                                (k, v) -> line.append(' ').append(k).append('=').append(v));
                sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
