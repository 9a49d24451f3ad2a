package org.vocbridge.taxonomy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vocbridge.taxonomy.domain.TileGrid;

/**
 * A map of countries as equal tiles near their capitals, coloured by value in up to five classes of a
 * colour-blind-safe sequential palette, with its legend (values written short, in the reader's
 * language: 4.2M, 423万, 4,2 млн): what {@code layout/fragments :: tilemap}
 * draws. No border is drawn, so no disputed border is taken sides on.
 *
 * @param tiles one per country, with its name in the reader's language and its value formatted in it
 * @param legend the classes in use, lowest first (class 0, no value, last when a tile has none)
 * @param boundaries where the configured boundaries are, when every country shown has one, for pages
 *     that colour countries within their borders instead (the tiles stay as the text and the fallback);
 *     else null
 */
public record TileMap(int columns, int rows, List<Tile> tiles, List<LegendClass> legend, String boundaries) {

    /** Where the pages read the configured boundaries. */
    public static final String BOUNDARIES = "/maps/boundaries.json";

    /** The most colour classes a map uses. */
    static final int CLASSES = 5;

    /**
     * One country's tile.
     *
     * @param value short ("4.2M", "423万"), {@code exact} in full, both empty for no value
     * @param shade its colour class: 1 (lowest) to 5 (highest), or 0 for no value
     */
    public record Tile(String country, String name, int column, int row, String value, String exact, int shade) {}

    /** A colour class and the values it stands for ("3–5"); the label of class 0 is empty (no value). */
    public record LegendClass(int shade, String label) {}

    public boolean isEmpty() {
        return tiles.isEmpty();
    }

    static TileMap of(
            Map<String, ? extends Number> values,
            Collection<String> alsoShown,
            Map<String, double[]> capitals,
            Function<String, String> names,
            Set<String> bounded,
            Locale locale) {
        Set<String> countries = new LinkedHashSet<>(values.keySet());
        countries.addAll(alsoShown);
        List<BigDecimal> distinct = values.values().stream()
                .map(v -> new BigDecimal(v.toString()))
                .map(BigDecimal::stripTrailingZeros)
                .distinct()
                .sorted()
                .toList();
        int classes = Math.min(CLASSES, distinct.size());
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        NumberFormat exact = NumberFormat.getNumberInstance(locale);
        exact.setMaximumFractionDigits(4);
        List<LegendClass> legend = legend(distinct, classes, locale, exact);
        List<Tile> tiles = new ArrayList<>();
        TileGrid.layout(List.copyOf(countries), capitals).forEach((country, cell) -> {
            Number value = values.get(country);
            int shade = 0;
            if (value != null) {
                int index = distinct.indexOf(new BigDecimal(value.toString()).stripTrailingZeros());
                while (lowest(shade + 1, classes, distinct.size()) <= index) {
                    shade++;
                }
            }
            tiles.add(new Tile(
                    country,
                    names.apply(country),
                    cell.column(),
                    cell.row(),
                    value == null ? "" : format.format(value.doubleValue()),
                    value == null ? "" : exact.format(value),
                    shade));
        });
        if (tiles.stream().anyMatch(t -> t.shade() == 0)) {
            legend.add(new LegendClass(0, ""));
        }
        return new TileMap(
                tiles.stream().mapToInt(Tile::column).max().orElse(0),
                tiles.stream().mapToInt(Tile::row).max().orElse(0),
                List.copyOf(tiles),
                List.copyOf(legend),
                !countries.isEmpty() && bounded.containsAll(countries) ? BOUNDARIES : null);
    }

    /**
     * The classes' ranges, written as short as keeps every bound apart ("1.8M–2M" would hide that the
     * next class starts at 2.01M), else in full.
     */
    private static List<LegendClass> legend(List<BigDecimal> distinct, int classes, Locale locale, NumberFormat exact) {
        List<BigDecimal> bounds = new ArrayList<>(); // the lowest and highest value of each class in turn
        for (int shade = 1; shade <= classes; shade++) {
            bounds.add(distinct.get(lowest(shade, classes, distinct.size())));
            bounds.add(distinct.get(lowest(shade + 1, classes, distinct.size()) - 1));
        }
        List<String> written = bounds.stream().map(exact::format).toList();
        for (int digits = 3; digits >= 1; digits--) {
            NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
            format.setMaximumFractionDigits(digits);
            // as doubles: the JDK's compact format ignores the fraction digits of a BigDecimal
            List<String> shorter =
                    bounds.stream().map(b -> format.format(b.doubleValue())).toList();
            if (new java.util.HashSet<>(shorter).size() == new java.util.HashSet<>(bounds).size()) {
                written = shorter;
            }
        }
        List<LegendClass> legend = new ArrayList<>();
        for (int shade = 1; shade <= classes; shade++) {
            String low = written.get(2 * shade - 2);
            String high = written.get(2 * shade - 1);
            legend.add(new LegendClass(shade, low.equals(high) ? low : low + "–" + high));
        }
        return legend;
    }

    /** The index of the lowest distinct value in the class (classes of as even a count as can be). */
    private static int lowest(int shade, int classes, int distinct) {
        return (shade - 1) * distinct / classes;
    }
}
