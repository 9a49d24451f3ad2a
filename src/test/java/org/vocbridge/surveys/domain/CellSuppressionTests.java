package org.vocbridge.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression over many random tables. Whether a hidden cell can be worked out is
 * checked here independently of the suppression's own search: by trying every change of −1, 0 or +1
 * on the hidden cells that keeps all shown figures (a table that shows the same figures with
 * another value in the cell exists exactly when such a change does).
 */
class CellSuppressionTests {

    @Test
    void aSingleSmallCellTakesThreeOthersWithIt() {
        long[][] counts = {{20, 3}, {15, 30}};
        boolean[][] hidden = CellSuppression.hide(counts, 5);
        assertThat(hidden[0][1]).isTrue();
        int count = 0;
        for (boolean[] row : hidden) {
            for (boolean h : row) {
                count += h ? 1 : 0;
            }
        }
        assertThat(count).as("the 3 and a whole rectangle of cells around it").isGreaterThanOrEqualTo(4);
        assertThat(disclosed(CellSuppression.grid(counts), hidden)).isEmpty();
    }

    @Test
    void aTableWithoutSmallCountsShowsEverything() {
        boolean[][] hidden = CellSuppression.hide(new long[][] {{0, 12}, {7, 30}}, 5);
        for (boolean[] row : hidden) {
            for (boolean h : row) {
                assertThat(h).isFalse();
            }
        }
    }

    @RepeatedTest(400)
    void noShownCountIsSmallAndNoHiddenCellCanBeWorkedOut(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        // up to 2 × 3 or 3 × 2: with the totals at most 12 cells, few enough to try every change
        int rows = 1 + random.nextInt(3);
        int cols = 1 + random.nextInt(rows == 3 ? 2 : 3);
        int k = 2 + random.nextInt(5);
        long[][] counts = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                // many small counts and zeros, as in survey cross-tabs by country and answer
                counts[i][j] =
                        random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? random.nextInt(k) : random.nextInt(25);
            }
        }
        long[][] grid = CellSuppression.grid(counts);
        boolean[][] hidden = CellSuppression.hide(counts, k);
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[0].length; j++) {
                if (!hidden[i][j]) {
                    assertThat(grid[i][j] == 0 || grid[i][j] >= k)
                            .as("shown cell %d,%d = %d with k = %d", i, j, grid[i][j], k)
                            .isTrue();
                }
            }
        }
        assertThat(disclosed(grid, hidden))
                .as("table %s", java.util.Arrays.deepToString(grid))
                .isEmpty();
    }

    /** The hidden cells no change of −1/0/+1 on hidden cells can alter while keeping every sum and count ≥ 0. */
    static List<String> disclosed(long[][] grid, boolean[][] hidden) {
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[0].length; j++) {
                if (hidden[i][j]) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        boolean[] movable = new boolean[cells.size()];
        int n = cells.size();
        int[] change = new int[n];
        long combinations = (long) Math.pow(3, n);
        assertThat(n).as("hidden cells to try").isLessThanOrEqualTo(12);
        for (long code = 0; code < combinations; code++) {
            long c = code;
            for (int x = 0; x < n; x++) {
                change[x] = (int) (c % 3) - 1;
                c /= 3;
            }
            if (consistent(grid, cells, change)) {
                for (int x = 0; x < n; x++) {
                    movable[x] |= change[x] != 0;
                }
            }
        }
        List<String> disclosed = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            if (!movable[x]) {
                disclosed.add(cells.get(x)[0] + "," + cells.get(x)[1]);
            }
        }
        return disclosed;
    }

    /** Whether the change (on the interior and the totals alike) keeps every row and column adding up, and no count below zero. */
    static boolean consistent(long[][] grid, List<int[]> cells, int[] change) {
        int rows = grid.length - 1;
        int cols = grid[0].length - 1;
        long[][] next = new long[rows + 1][cols + 1];
        for (int i = 0; i <= rows; i++) {
            next[i] = grid[i].clone();
        }
        for (int x = 0; x < cells.size(); x++) {
            next[cells.get(x)[0]][cells.get(x)[1]] += change[x];
            if (next[cells.get(x)[0]][cells.get(x)[1]] < 0) {
                return false;
            }
        }
        for (int i = 0; i <= rows; i++) {
            long sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += next[i][j];
            }
            if (sum != next[i][cols]) {
                return false;
            }
        }
        for (int j = 0; j <= cols; j++) {
            long sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += next[i][j];
            }
            if (sum != next[rows][j]) {
                return false;
            }
        }
        return true;
    }
}
