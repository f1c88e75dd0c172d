package org.mtl4j.math;

/**
 * Copies blocks of op(A) and op(B) into the contiguous micro-panel order the {@link VectorKernel} reads.
 *
 * <p>This is where the transpose flags are handled: packing reads A or Aᵀ (B or Bᵀ) entry by entry in
 * whichever order is contiguous in memory, and writes the same panel layout either way, so the kernel never
 * knows about transposes and no transposed copy of a whole matrix is ever made. Panels past the matrix edge
 * are padded with zeros, so the kernel always computes full tiles.
 *
 * <p>Storage as in {@link GemmBackend}: op(A) is m × k, stored as m × k (or k × m when transposed); op(B) is
 * k × n, stored as k × n (or n × k when transposed); all row-major and densely packed.
 */
final class VectorPacking {
    private VectorPacking() {
    }

    /**
     * Packs rows {@code [rowStart, rowStart + rowCount)} and depth {@code [depthStart, depthStart + depth)} of
     * op(A) into panels of {@code panelRows} rows: panel q, depth step p, row r goes to
     * {@code packed[(q · depth + p) · panelRows + r]}; rows past the block are zero.
     *
     * @param a      not modified
     * @param packed modified; needs {@code ceil(rowCount / panelRows) · panelRows · depth} entries
     */
    static void packA(boolean transposeA, double[] a, int m, int k, int rowStart, int rowCount,
                      int depthStart, int depth, int panelRows, double[] packed) {
        for (int panelStart = 0; panelStart < rowCount; panelStart += panelRows) {
            int rows = Math.min(panelRows, rowCount - panelStart);
            int destination = panelStart * depth;
            int firstRow = rowStart + panelStart;
            for (int p = 0; p < depth; p++) {
                if (transposeA) {
                    // op(A)[i][p] = a[p·m + i]: for each depth step the panel's rows are contiguous.
                    int source = (depthStart + p) * m + firstRow;
                    for (int r = 0; r < rows; r++) {
                        packed[destination + r] = a[source + r];
                    }
                } else {
                    // op(A)[i][p] = a[i·k + p]: one entry from each of the panel's rows, rows read in step.
                    int source = firstRow * k + depthStart + p;
                    for (int r = 0; r < rows; r++) {
                        packed[destination + r] = a[source + r * k];
                    }
                }
                for (int r = rows; r < panelRows; r++) {
                    packed[destination + r] = 0.0;
                }
                destination += panelRows;
            }
        }
    }

    /**
     * Packs depth {@code [depthStart, depthStart + depth)} and columns
     * {@code [columnStart, columnStart + columnCount)} of op(B) into panels of {@code panelColumns} columns:
     * panel q, depth step p, column c goes to {@code packed[(q · depth + p) · panelColumns + c]}; columns past
     * the block are zero.
     *
     * @param b      not modified
     * @param packed modified; needs {@code ceil(columnCount / panelColumns) · panelColumns · depth} entries
     */
    static void packB(boolean transposeB, double[] b, int n, int k, int depthStart, int depth,
                      int columnStart, int columnCount, int panelColumns, double[] packed) {
        for (int panelStart = 0; panelStart < columnCount; panelStart += panelColumns) {
            int columns = Math.min(panelColumns, columnCount - panelStart);
            int destination = panelStart * depth;
            int firstColumn = columnStart + panelStart;
            for (int p = 0; p < depth; p++) {
                if (transposeB) {
                    // op(B)[p][j] = b[j·k + p]: one entry from each of the panel's stored rows, read in step.
                    int source = firstColumn * k + depthStart + p;
                    for (int c = 0; c < columns; c++) {
                        packed[destination + c] = b[source + c * k];
                    }
                } else {
                    // op(B)[p][j] = b[p·n + j]: for each depth step the panel's columns are contiguous.
                    int source = (depthStart + p) * n + firstColumn;
                    for (int c = 0; c < columns; c++) {
                        packed[destination + c] = b[source + c];
                    }
                }
                for (int c = columns; c < panelColumns; c++) {
                    packed[destination + c] = 0.0;
                }
                destination += panelColumns;
            }
        }
    }
}
