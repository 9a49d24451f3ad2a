package org.vocbridge.shared.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a chart on a page draws ({@code data-values} of an element with {@code data-chart}): labels
 * and, for bar and pie charts, one series of values; for "bars" charts, several named series.
 */
public record ChartData(List<String> labels, List<Long> values, List<Series> series) {

    /** One named series of a chart with several. */
    public record Series(String name, List<Long> values) {}

    /** A chart of one series, in the order of the map. */
    public static ChartData of(Map<String, Long> counts) {
        return new ChartData(List.copyOf(counts.keySet()), List.copyOf(counts.values()), List.of());
    }

    /**
     * A chart of counts keyed by codes, each labelled in the reader's language; codes that read the
     * same are added together, and the bars come in the labels' order.
     */
    public static <K> ChartData labelled(Map<K, Long> counts, Function<? super K, String> label) {
        return of(counts.entrySet().stream()
                .collect(Collectors.toMap(e -> label.apply(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)));
    }

    /** A chart of several series over the same labels. */
    public static ChartData of(List<String> labels, List<Series> series) {
        return new ChartData(labels, List.of(), series);
    }
}
