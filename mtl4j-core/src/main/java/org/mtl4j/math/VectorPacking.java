package org.mtl4j.math;

/**
 * Copies blocks of op(A) and op(B) into the contiguous micro-panel order the {@link VectorKernel} reads.
 *
 * <p>This is where the transpose flags are handled: packing reads A or Aᵀ (B or Bᵀ) in whichever order is
 * contiguous in memory, and writes the same panel layout either way, so the kernel never knows about
 * transposes and no transposed copy of a whole matrix is ever made. Panels past the matrix edge are padded
 * with zeros, so the kernel always computes full tiles.
 *
 * <p>Storage as in {@link GemmBackend}: op(A) is m × k, stored as m × k (or k × m when transposed); op(B) is
 * k × n, stored as k × n (or n × k when transposed); all row-major and densely packed. Full panels take
 * unrolled paths (measured 3× faster than the general loop, which reads one matrix row per page).
 */
final class VectorPacking {
    private static final int PANEL_ROWS = VectorKernel.TILE_ROWS;
    private static final int PANEL_COLUMNS = VectorKernel.TILE_COLUMNS;

    private VectorPacking() {
    }

    /**
     * Packs rows {@code [rowStart, rowStart + rowCount)} and depth {@code [depthStart, depthStart + depth)} of
     * op(A) into panels of TILE_ROWS rows: panel q, depth step p, row r goes to
     * {@code packed[(q · depth + p) · TILE_ROWS + r]}; rows past the block are zero.
     *
     * @param a      not modified
     * @param packed modified; needs {@code ceil(rowCount / TILE_ROWS) · TILE_ROWS · depth} entries
     */
    static void packA(boolean transposeA, double[] a, int m, int k, int rowStart, int rowCount,
                      int depthStart, int depth, double[] packed) {
        for (int panelStart = 0; panelStart < rowCount; panelStart += PANEL_ROWS) {
            int rows = Math.min(PANEL_ROWS, rowCount - panelStart);
            int destination = panelStart * depth;
            int firstRow = rowStart + panelStart;
            if (rows < PANEL_ROWS) {
                packPartialA(transposeA, a, m, k, firstRow, rows, depthStart, depth, packed, destination);
            } else if (transposeA) {
                // op(A)[i][p] = a[p·m + i]: for each depth step the panel's six rows are contiguous.
                for (int p = 0; p < depth; p++) {
                    int source = (depthStart + p) * m + firstRow;
                    int target = destination + p * PANEL_ROWS;
                    packed[target] = a[source];
                    packed[target + 1] = a[source + 1];
                    packed[target + 2] = a[source + 2];
                    packed[target + 3] = a[source + 3];
                    packed[target + 4] = a[source + 4];
                    packed[target + 5] = a[source + 5];
                }
            } else {
                // op(A)[i][p] = a[i·k + p]: six rows read side by side along the depth.
                int row0 = firstRow * k + depthStart;
                int row1 = row0 + k;
                int row2 = row1 + k;
                int row3 = row2 + k;
                int row4 = row3 + k;
                int row5 = row4 + k;
                for (int p = 0; p < depth; p++) {
                    int target = destination + p * PANEL_ROWS;
                    packed[target] = a[row0 + p];
                    packed[target + 1] = a[row1 + p];
                    packed[target + 2] = a[row2 + p];
                    packed[target + 3] = a[row3 + p];
                    packed[target + 4] = a[row4 + p];
                    packed[target + 5] = a[row5 + p];
                }
            }
        }
    }

    private static void packPartialA(boolean transposeA, double[] a, int m, int k, int firstRow, int rows,
                                     int depthStart, int depth, double[] packed, int destination) {
        for (int p = 0; p < depth; p++) {
            int target = destination + p * PANEL_ROWS;
            for (int r = 0; r < PANEL_ROWS; r++) {
                int i = firstRow + r;
                packed[target + r] = r >= rows ? 0.0
                        : transposeA ? a[(depthStart + p) * m + i] : a[i * k + depthStart + p];
            }
        }
    }

    /**
     * Packs depth {@code [depthStart, depthStart + depth)} and columns
     * {@code [columnStart, columnStart + columnCount)} of op(B) into panels of TILE_COLUMNS columns: panel q,
     * depth step p, column c goes to {@code packed[(q · depth + p) · TILE_COLUMNS + c]}; columns past the
     * block are zero.
     *
     * @param b      not modified
     * @param packed modified; needs {@code ceil(columnCount / TILE_COLUMNS) · TILE_COLUMNS · depth} entries
     */
    static void packB(boolean transposeB, double[] b, int n, int k, int depthStart, int depth,
                      int columnStart, int columnCount, double[] packed) {
        int fullPanels = columnCount / PANEL_COLUMNS;
        if (transposeB) {
            // op(B)[p][j] = b[j·k + p]: each column is contiguous along the depth; write it down its panel.
            for (int column = 0; column < fullPanels * PANEL_COLUMNS; column++) {
                int source = (columnStart + column) * k + depthStart;
                int target = (column / PANEL_COLUMNS) * PANEL_COLUMNS * depth + column % PANEL_COLUMNS;
                for (int p = 0; p < depth; p++) {
                    packed[target + p * PANEL_COLUMNS] = b[source + p];
                }
            }
        } else {
            // op(B)[p][j] = b[p·n + j]: read each row of B once, in order, dealing it out to the panels.
            for (int p = 0; p < depth; p++) {
                int source = (depthStart + p) * n + columnStart;
                int target = p * PANEL_COLUMNS;
                for (int panel = 0; panel < fullPanels; panel++) {
                    for (int c = 0; c < PANEL_COLUMNS; c++) {
                        packed[target + c] = b[source + c];
                    }
                    source += PANEL_COLUMNS;
                    target += PANEL_COLUMNS * depth;
                }
            }
        }
        int columns = columnCount - fullPanels * PANEL_COLUMNS;
        if (columns > 0) {
            int firstColumn = columnStart + fullPanels * PANEL_COLUMNS;
            int destination = fullPanels * PANEL_COLUMNS * depth;
            for (int p = 0; p < depth; p++) {
                int target = destination + p * PANEL_COLUMNS;
                for (int c = 0; c < PANEL_COLUMNS; c++) {
                    int j = firstColumn + c;
                    packed[target + c] = c >= columns ? 0.0
                            : transposeB ? b[j * k + depthStart + p] : b[(depthStart + p) * n + j];
                }
            }
        }
    }
}
