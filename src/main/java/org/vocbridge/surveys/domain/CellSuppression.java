package org.vocbridge.surveys.domain;

/**
 * Protects respondents in a published table of counts (a cross-tab with its row and column totals
 * and grand total): a count from 1 to k−1 is never shown (primary suppression), and more cells are
 * hidden until no hidden cell can be worked out from what is shown (secondary suppression).
 *
 * <p>The table with its totals is read as one (rows+1)×(columns+1) grid. Another table that shows
 * the same figures differs from it by changes on hidden cells that keep every row and column sum
 * consistent; any such change is a sum of simple alternating cycles of +1 and −1 through hidden
 * cells (each row and column of the grid crossed twice), so a hidden cell can be worked out
 * exactly when no such cycle passes through it without taking a count below zero. For each hidden
 * cell that lies on no such cycle, the cheapest rectangle of cells that makes one is hidden too,
 * until every hidden cell lies on one.
 */
public final class CellSuppression {

    private CellSuppression() {}

    /**
     * Which cells of the grid are hidden.
     *
     * @param counts the interior counts, rows × columns (totals are computed)
     * @param k the smallest count that may be shown (5 by default)
     * @return the grid's hidden cells, (rows+1)×(columns+1): the last column holds the row totals,
     *     the last row the column totals, the corner the grand total
     */
    public static boolean[][] hide(long[][] counts, int k) {
        long[][] grid = grid(counts);
        int rows = grid.length;
        int cols = grid[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                hidden[i][j] = grid[i][j] >= 1 && grid[i][j] < k;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows && !changed; i++) {
                for (int j = 0; j < cols && !changed; j++) {
                    if (hidden[i][j] && !protectedCell(grid, hidden, i, j)) {
                        changed = hideRectangle(grid, hidden, i, j);
                    }
                }
            }
        }
        return hidden;
    }

    /** The counts with their totals, as the grid {@link #hide} describes. */
    public static long[][] grid(long[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        long[][] grid = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                grid[i][j] = counts[i][j];
                grid[i][cols] += counts[i][j];
                grid[rows][j] += counts[i][j];
                grid[rows][cols] += counts[i][j];
            }
        }
        return grid;
    }

    /**
     * Hides the cheapest rectangle of cells through a hidden cell that can still be worked out, so
     * that it lies on a 4-cycle: the other corners in its row and column and the one across, along
     * which +1/−1 keeps every count at zero or above. The cell with its row total, column total and
     * grand total is always such a rectangle (all four only grow), so one is always found.
     */
    private static boolean hideRectangle(long[][] grid, boolean[][] hidden, int i, int j) {
        int rows = grid.length;
        int cols = grid[0].length;
        long bestCost = Long.MAX_VALUE;
        int[] best = null;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (r == i || c == j) {
                    continue;
                }
                for (int sign : new int[] {1, -1}) {
                    if (feasible(grid, i, j, sign)
                            && feasible(grid, i, c, -sign)
                            && feasible(grid, r, c, sign)
                            && feasible(grid, r, j, -sign)) {
                        long cost = cost(grid, hidden, i, c) + cost(grid, hidden, r, c) + cost(grid, hidden, r, j);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = new int[] {r, c};
                        }
                    }
                }
            }
        }
        if (best == null) {
            return false;
        }
        hidden[i][best[1]] = true;
        hidden[best[0]][best[1]] = true;
        hidden[best[0]][j] = true;
        return true;
    }

    /** What hiding a cell costs readers: its count (a hidden one costs nothing more; a zero costs a little). */
    private static long cost(long[][] grid, boolean[][] hidden, int i, int j) {
        return hidden[i][j] ? 0 : Math.max(grid[i][j], 1);
    }

    /**
     * Whether a hidden cell lies on an alternating cycle of hidden cells along which +1/−1 keeps
     * every count at zero or above: then another table shows the same figures with another value
     * in that cell.
     */
    static boolean protectedCell(long[][] grid, boolean[][] hidden, int i, int j) {
        for (int sign : new int[] {1, -1}) {
            if (feasible(grid, i, j, sign)) {
                boolean[] rowsUsed = new boolean[grid.length];
                boolean[] colsUsed = new boolean[grid[0].length];
                rowsUsed[i] = true;
                colsUsed[j] = true;
                if (closes(grid, hidden, i, j, j, sign, rowsUsed, colsUsed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * From column {@code col} (reached by a cell changed by {@code sign}), finds a way back to row
     * {@code start} through another column than {@code first}, the one the cycle left it by.
     */
    private static boolean closes(
            long[][] grid,
            boolean[][] hidden,
            int start,
            int first,
            int col,
            int sign,
            boolean[] rowsUsed,
            boolean[] colsUsed) {
        for (int r = 0; r < grid.length; r++) {
            if (!hidden[r][col] || !feasible(grid, r, col, -sign) || (rowsUsed[r] && r != start)) {
                continue;
            }
            if (r == start) {
                if (col != first) {
                    return true;
                }
                continue;
            }
            rowsUsed[r] = true;
            for (int c = 0; c < grid[0].length; c++) {
                if (hidden[r][c] && !colsUsed[c] && feasible(grid, r, c, sign)) {
                    colsUsed[c] = true;
                    if (closes(grid, hidden, start, first, c, sign, rowsUsed, colsUsed)) {
                        return true;
                    }
                    colsUsed[c] = false;
                }
            }
            rowsUsed[r] = false;
        }
        return false;
    }

    /**
     * Whether the cell can take the change: in the grid's terms a total moves opposite to its cells,
     * so a change of +1 there lowers a row or column total; nothing may go below zero.
     */
    private static boolean feasible(long[][] grid, int i, int j, int sign) {
        boolean total = (i == grid.length - 1) != (j == grid[0].length - 1);
        int change = total ? -sign : sign;
        return grid[i][j] + change >= 0;
    }
}
