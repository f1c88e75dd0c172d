package org.mtl4j.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernel of {@link VectorGemm}: one {@value #TILE_ROWS} × {@link #TILE_COLUMNS}
 * tile of C from one packed micro-panel of A and one of B, in two steps.
 *
 * <p>{@link #multiplyTile}: {@code tile[r][c] = Σ_{p < depth} aPanel[p·TILE_ROWS + r] · bPanel[p·TILE_COLUMNS + c]},
 * with the {@code 2 · TILE_ROWS} accumulators held as vectors of the preferred species in registers, the
 * depth loop innermost, and the sum running in the order p = 0, 1, 2, … with fused multiply-adds.
 * {@link #writeTile}: {@code C ← alpha · tile + beta · C} (beta = 0 ignores the old C, NaN included).
 *
 * <p>The result for an entry depends only on the packed values, never on thread scheduling.
 *
 * <p>Why two steps: a vector passed to a method the JIT does not inline is boxed on the heap, and the JIT
 * gives up inlining in a method as large as a kernel with its write-back; keeping the hot loop alone in
 * {@code multiplyTile} keeps it at the CPU's peak (measured: 120 GFLOP/s on one AVX-512 core, against 10–15
 * with the write-back in the same method).
 */
final class VectorKernel {
    /** The vector shape the CPU prefers, for example 8 doubles with AVX-512. */
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector. */
    static final int LANES = SPECIES.length();
    /** Rows of C per tile: each row's A entry is broadcast once per depth step. */
    static final int TILE_ROWS = 6;
    /** Columns of C per tile: two vectors. */
    static final int TILE_COLUMNS = 2 * LANES;

    private VectorKernel() {
    }

    /**
     * tile[r][c] ← Σ_p aPanel[p][r] · bPanel[p][c] for one TILE_ROWS × TILE_COLUMNS tile.
     *
     * @param aPanel not modified; depth × TILE_ROWS values from {@code aOffset}, depth step major
     * @param bPanel not modified; depth × TILE_COLUMNS values from {@code bOffset}, depth step major
     * @param tile   modified; TILE_ROWS × TILE_COLUMNS, row-major
     */
    static void multiplyTile(int depth, double[] aPanel, int aOffset, double[] bPanel, int bOffset,
                             double[] tile) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c40 = c00;
        DoubleVector c41 = c00;
        DoubleVector c50 = c00;
        DoubleVector c51 = c00;
        for (int p = 0; p < depth; p++) {
            int aIndex = aOffset + p * TILE_ROWS;
            int bIndex = bOffset + p * TILE_COLUMNS;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, bPanel, bIndex);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, bPanel, bIndex + LANES);
            DoubleVector a = DoubleVector.broadcast(SPECIES, aPanel[aIndex]);
            c00 = a.fma(b0, c00);
            c01 = a.fma(b1, c01);
            a = DoubleVector.broadcast(SPECIES, aPanel[aIndex + 1]);
            c10 = a.fma(b0, c10);
            c11 = a.fma(b1, c11);
            a = DoubleVector.broadcast(SPECIES, aPanel[aIndex + 2]);
            c20 = a.fma(b0, c20);
            c21 = a.fma(b1, c21);
            a = DoubleVector.broadcast(SPECIES, aPanel[aIndex + 3]);
            c30 = a.fma(b0, c30);
            c31 = a.fma(b1, c31);
            a = DoubleVector.broadcast(SPECIES, aPanel[aIndex + 4]);
            c40 = a.fma(b0, c40);
            c41 = a.fma(b1, c41);
            a = DoubleVector.broadcast(SPECIES, aPanel[aIndex + 5]);
            c50 = a.fma(b0, c50);
            c51 = a.fma(b1, c51);
        }
        int row = 0;
        c00.intoArray(tile, row);
        c01.intoArray(tile, row + LANES);
        c10.intoArray(tile, row += TILE_COLUMNS);
        c11.intoArray(tile, row + LANES);
        c20.intoArray(tile, row += TILE_COLUMNS);
        c21.intoArray(tile, row + LANES);
        c30.intoArray(tile, row += TILE_COLUMNS);
        c31.intoArray(tile, row + LANES);
        c40.intoArray(tile, row += TILE_COLUMNS);
        c41.intoArray(tile, row + LANES);
        c50.intoArray(tile, row += TILE_COLUMNS);
        c51.intoArray(tile, row + LANES);
    }

    /**
     * Writes a computed tile into C: {@code c[r][j] ← alpha · tile[r][j]} when beta = 0 (the old C is ignored,
     * NaN included), else {@code c[r][j] ← beta · c[r][j] + alpha · tile[r][j]}, for r < rows, j < columns,
     * where {@code c[r][j]} is {@code c[cOffset + r · n + j]}. Full tiles use vectors, edge tiles scalars;
     * both round identically (a multiply, a multiply, an add, never fused).
     *
     * @param tile not modified; TILE_ROWS × TILE_COLUMNS, row-major
     * @param c    modified; only the rows × columns block at {@code cOffset}
     */
    static void writeTile(double[] tile, int rows, int columns, double alpha, double beta,
                          double[] c, int cOffset, int n) {
        if (rows == TILE_ROWS && columns == TILE_COLUMNS) {
            // Two loops rather than one with a branch: a vector assigned on two paths is boxed by the JIT.
            DoubleVector alphaVector = DoubleVector.broadcast(SPECIES, alpha);
            if (beta == 0.0) {
                for (int index = 0; index < TILE_ROWS * TILE_COLUMNS; index += LANES) {
                    int target = cOffset + (index / TILE_COLUMNS) * n + index % TILE_COLUMNS;
                    DoubleVector.fromArray(SPECIES, tile, index).mul(alphaVector).intoArray(c, target);
                }
            } else {
                DoubleVector betaVector = DoubleVector.broadcast(SPECIES, beta);
                for (int index = 0; index < TILE_ROWS * TILE_COLUMNS; index += LANES) {
                    int target = cOffset + (index / TILE_COLUMNS) * n + index % TILE_COLUMNS;
                    DoubleVector scaled = DoubleVector.fromArray(SPECIES, tile, index).mul(alphaVector);
                    DoubleVector.fromArray(SPECIES, c, target).mul(betaVector).add(scaled).intoArray(c, target);
                }
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            int target = cOffset + r * n;
            for (int j = 0; j < columns; j++) {
                double scaled = alpha * tile[r * TILE_COLUMNS + j];
                c[target + j] = beta == 0.0 ? scaled : beta * c[target + j] + scaled;
            }
        }
    }
}
