package org.vocbridge.taxonomy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places countries on a grid of equal tiles, each near its capital (Mercator projection), so that a
 * map shows where members are without drawing any border. The grid's step grows with the spread of
 * the capitals and the number of countries; each country first takes the free cell nearest to its
 * capital, then pairs of countries trade places, or a country moves to a free cell, while that brings
 * the tiles nearer to their capitals overall. Empty rows and columns are then dropped. Countries with
 * no known capital go on a last row, in the order given.
 */
public final class TileGrid {

    /** Where a country's tile goes, counted from 1 (column from the west, row from the north). */
    public record Cell(int column, int row) {}

    private TileGrid() {}

    /** The tiles of the countries, in the order given; each capital is {latitude, longitude}. */
    public static Map<String, Cell> layout(List<String> countries, Map<String, double[]> capitals) {
        Map<String, double[]> points = new TreeMap<>();
        List<String> unplaced = new ArrayList<>();
        for (String country : countries) {
            double[] capital = capitals.get(country);
            if (capital == null) {
                unplaced.add(country);
            } else {
                double latitude = Math.toRadians(Math.max(-80, Math.min(80, capital[0])));
                points.put(
                        country,
                        new double[] {capital[1], -Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + latitude / 2)))});
            }
        }
        Map<String, Cell> cells = new java.util.LinkedHashMap<>();
        int rows = 0;
        if (!points.isEmpty()) {
            Map<String, int[]> placed = assign(scaled(points));
            TreeSet<Integer> usedColumns = new TreeSet<>();
            TreeSet<Integer> usedRows = new TreeSet<>();
            placed.values().forEach(c -> {
                usedColumns.add(c[0]);
                usedRows.add(c[1]);
            });
            List<Integer> columnIndex = List.copyOf(usedColumns);
            List<Integer> rowIndex = List.copyOf(usedRows);
            for (String country : countries) {
                int[] c = placed.get(country);
                if (c != null) {
                    cells.put(country, new Cell(columnIndex.indexOf(c[0]) + 1, rowIndex.indexOf(c[1]) + 1));
                }
            }
            rows = rowIndex.size();
        }
        int columns =
                Math.max(1, cells.values().stream().mapToInt(Cell::column).max().orElse(1));
        for (int i = 0; i < unplaced.size(); i++) {
            cells.put(unplaced.get(i), new Cell(i % columns + 1, rows + 1 + i / columns));
        }
        return cells;
    }

    /** The capitals in grid units: the step is the spread over (1.2 √n + 1). */
    private static Map<String, double[]> scaled(Map<String, double[]> points) {
        double minX = points.values().stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = points.values().stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minY = points.values().stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxY = points.values().stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double spread = Math.max(1, Math.max(maxX - minX, maxY - minY));
        double step = spread / (1.2 * Math.sqrt(points.size()) + 1);
        Map<String, double[]> scaled = new TreeMap<>();
        points.forEach((country, p) -> scaled.put(country, new double[] {(p[0] - minX) / step, (p[1] - minY) / step}));
        return scaled;
    }

    private static Map<String, int[]> assign(Map<String, double[]> points) {
        int width = (int) Math.ceil(
                        points.values().stream().mapToDouble(p -> p[0]).max().orElseThrow())
                + 1;
        int height = (int) Math.ceil(
                        points.values().stream().mapToDouble(p -> p[1]).max().orElseThrow())
                + 1;
        List<int[]> grid = new ArrayList<>();
        for (int x = -1; x <= width; x++) {
            for (int y = -1; y <= height; y++) {
                grid.add(new int[] {x, y});
            }
        }
        Map<String, int[]> at = new HashMap<>();
        Map<Long, String> occupant = new HashMap<>();
        for (var e : points.entrySet()) {
            int[] nearest = grid.stream()
                    .filter(c -> !occupant.containsKey(key(c)))
                    .min(Comparator.comparingDouble(c -> cost(e.getValue(), c)))
                    .orElseThrow();
            at.put(e.getKey(), nearest);
            occupant.put(key(nearest), e.getKey());
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (var e : points.entrySet()) {
                String country = e.getKey();
                for (int[] cell : grid) {
                    int[] own = at.get(country);
                    String other = occupant.get(key(cell));
                    if (country.equals(other)) {
                        continue;
                    }
                    double before = cost(e.getValue(), own) + (other == null ? 0 : cost(points.get(other), cell));
                    double after = cost(e.getValue(), cell) + (other == null ? 0 : cost(points.get(other), own));
                    if (after < before - 1e-9) {
                        occupant.remove(key(own));
                        at.put(country, cell);
                        occupant.put(key(cell), country);
                        if (other != null) {
                            at.put(other, own);
                            occupant.put(key(own), other);
                        }
                        improved = true;
                    }
                }
            }
        }
        return at;
    }

    private static double cost(double[] point, int[] cell) {
        double dx = cell[0] + 0.5 - point[0];
        double dy = cell[1] + 0.5 - point[1];
        return dx * dx + dy * dy;
    }

    private static long key(int[] cell) {
        return ((long) cell[0] << 32) | (cell[1] & 0xffffffffL);
    }
}
