package org.mtl4j.math;

/**
 * The pure-Java fast backend: packed panels, a register-blocked {@link VectorKernel} on the incubating
 * Vector API, and a fixed split of C over {@link GemmThreads}.
 *
 * <p>The loops follow Goto and van de Geijn, "Anatomy of High-Performance Matrix Multiplication" (ACM TOMS
 * 2008) in the BLIS order: for each block of {@value #COLUMN_BLOCK} columns of C, for each depth block of
 * {@value #DEPTH_BLOCK} pack op(B) once; for each block of {@value #ROW_BLOCK} rows pack op(A) once; then
 * run the kernel over every tile, a B micro-panel staying in L1 while the A block streams from L2.
 *
 * <p>Work split: C's rows (or columns, whichever is longer) are cut into one contiguous range per thread,
 * each a whole number of tiles. Every entry of C is summed in the same order (depth blocks in order, depth
 * steps in order within a block) whatever the split, so results are bit-identical from run to run, and for
 * any thread count. Products smaller than {@link #PLAIN_BELOW} multiply-adds run through {@link PlainGemm},
 * which is faster there; products below {@link #ONE_THREAD_BELOW} use one thread.
 *
 * <p>Packing buffers and the split object are per thread and reused: a call allocates nothing.
 */
public final class VectorGemm implements GemmBackend {
    /** The one shared instance; packing buffers are per thread. */
    public static final VectorGemm INSTANCE = new VectorGemm();

    /** Depth block: B micro-panels of DEPTH_BLOCK × TILE_COLUMNS stay in L1. */
    static final int DEPTH_BLOCK = 256;
    /** Row block: the packed A block of ROW_BLOCK × DEPTH_BLOCK stays in L2. */
    static final int ROW_BLOCK = 96;
    /** Column block: the packed B block of DEPTH_BLOCK × COLUMN_BLOCK stays in L3. */
    static final int COLUMN_BLOCK = 2048;
    /**
     * Products with fewer multiply-adds (m · n · k) than this go to {@link PlainGemm}: measured on AVX-512,
     * the plain loop wins at 4 × 4 × 4, ties at 5 × 5 × 5 and loses from 6 × 6 × 6 on.
     */
    static final long PLAIN_BELOW = 128;
    /**
     * Products with fewer multiply-adds than this run on the calling thread only: measured with 2 threads,
     * splitting starts to pay at about 32 × 32 × 32 when the workers are awake, later when they are parked.
     */
    static final long ONE_THREAD_BELOW = 48L * 48 * 48;

    private static final int TILE_ROWS = VectorKernel.TILE_ROWS;
    private static final int TILE_COLUMNS = VectorKernel.TILE_COLUMNS;
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);
    private static final ThreadLocal<Split> SPLIT = ThreadLocal.withInitial(Split::new);

    private VectorGemm() {
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public String description() {
        return "pure Java, jdk.incubator.vector " + VectorKernel.SPECIES.vectorBitSize() + "-bit ("
                + VectorKernel.LANES + " doubles), " + TILE_ROWS + "×" + TILE_COLUMNS + " kernel, "
                + GemmThreads.COUNT + (GemmThreads.COUNT == 1 ? " thread" : " threads");
    }

    @Override
    public int threads() {
        return GemmThreads.COUNT;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     double alpha, double[] a, double[] b, double beta, double[] c) {
        long multiplyAdds = (long) m * n * k;
        if (multiplyAdds < PLAIN_BELOW) {
            PlainGemm.INSTANCE.gemm(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
            return;
        }
        if (alpha == 0.0) {
            PlainGemm.scaleOutput(beta, c, m * n);
            return;
        }
        int threads = multiplyAdds < ONE_THREAD_BELOW ? 1 : GemmThreads.COUNT;
        multiplyInParts(threads, transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
    }

    /**
     * The product split into (at most) {@code parts} contiguous ranges of C's rows, or of its columns when
     * there are more of those, each a whole number of tiles, run by {@link GemmThreads}. The result does not
     * depend on {@code parts}: every entry is summed in the same order in every split.
     *
     * @param c modified; a and b not modified
     */
    static void multiplyInParts(int parts, boolean transposeA, boolean transposeB, int m, int n, int k,
                                double alpha, double[] a, double[] b, double beta, double[] c) {
        boolean splitRows = m >= n;
        int tiles = splitRows ? ceilDivide(m, TILE_ROWS) : ceilDivide(n, TILE_COLUMNS);
        int ranges = Math.max(1, Math.min(parts, tiles));
        Split split = SPLIT.get();
        split.set(splitRows, tiles, ranges, transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
        try {
            GemmThreads.run(ranges, split);
        } finally {
            split.clear();
        }
    }

    /**
     * One call's split as a reusable object (one per calling thread), so that a call allocates no lambda.
     * Its fields are written before {@link GemmThreads#run} hands it to the workers and read only by them.
     */
    private static final class Split implements java.util.function.IntConsumer {
        private boolean splitRows;
        private int tiles;
        private int ranges;
        private boolean transposeA;
        private boolean transposeB;
        private int m;
        private int n;
        private int k;
        private double alpha;
        private double beta;
        private double[] a;
        private double[] b;
        private double[] c;

        void set(boolean splitRows, int tiles, int ranges, boolean transposeA, boolean transposeB, int m, int n,
                 int k, double alpha, double[] a, double[] b, double beta, double[] c) {
            this.splitRows = splitRows;
            this.tiles = tiles;
            this.ranges = ranges;
            this.transposeA = transposeA;
            this.transposeB = transposeB;
            this.m = m;
            this.n = n;
            this.k = k;
            this.alpha = alpha;
            this.beta = beta;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        /** Drops the array references so that a finished call keeps no matrix alive. */
        void clear() {
            a = null;
            b = null;
            c = null;
        }

        @Override
        public void accept(int range) {
            int firstTile = (int) ((long) tiles * range / ranges);
            int endTile = (int) ((long) tiles * (range + 1) / ranges);
            if (splitRows) {
                int rowStart = firstTile * TILE_ROWS;
                int rowEnd = Math.min(m, endTile * TILE_ROWS);
                multiplyBlock(transposeA, transposeB, m, n, k, alpha, a, b, beta, c, rowStart, rowEnd, 0, n);
            } else {
                int columnStart = firstTile * TILE_COLUMNS;
                int columnEnd = Math.min(n, endTile * TILE_COLUMNS);
                multiplyBlock(transposeA, transposeB, m, n, k, alpha, a, b, beta, c, 0, m, columnStart, columnEnd);
            }
        }
    }

    /** C[rowStart..rowEnd, columnStart..columnEnd] ← alpha · op(A) · op(B) + beta · C over that block only. */
    private static void multiplyBlock(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha,
                                      double[] a, double[] b, double beta, double[] c,
                                      int rowStart, int rowEnd, int columnStart, int columnEnd) {
        Workspace workspace = WORKSPACE.get();
        for (int columnBlock = columnStart; columnBlock < columnEnd; columnBlock += COLUMN_BLOCK) {
            int columns = Math.min(COLUMN_BLOCK, columnEnd - columnBlock);
            for (int depthBlock = 0; depthBlock < k; depthBlock += DEPTH_BLOCK) {
                int depth = Math.min(DEPTH_BLOCK, k - depthBlock);
                double[] packedB = workspace.packedB(ceilDivide(columns, TILE_COLUMNS) * TILE_COLUMNS * depth);
                VectorPacking.packB(transposeB, b, n, k, depthBlock, depth, columnBlock, columns, packedB);
                double blockBeta = depthBlock == 0 ? beta : 1.0;
                for (int rowBlock = rowStart; rowBlock < rowEnd; rowBlock += ROW_BLOCK) {
                    int rows = Math.min(ROW_BLOCK, rowEnd - rowBlock);
                    double[] packedA = workspace.packedA(ceilDivide(rows, TILE_ROWS) * TILE_ROWS * depth);
                    VectorPacking.packA(transposeA, a, m, k, rowBlock, rows, depthBlock, depth, packedA);
                    multiplyPackedBlocks(depth, packedA, rows, packedB, columns, alpha, blockBeta, c, n,
                            rowBlock * n + columnBlock, workspace.tile);
                }
            }
        }
    }

    /** Runs the kernel over every tile of a packed rows × columns block; each tile passes through {@code tile}. */
    private static void multiplyPackedBlocks(int depth, double[] packedA, int rows, double[] packedB, int columns,
                                             double alpha, double beta, double[] c, int n, int cOffset,
                                             double[] tile) {
        for (int column = 0; column < columns; column += TILE_COLUMNS) {
            int tileColumns = Math.min(TILE_COLUMNS, columns - column);
            int bOffset = column * depth;
            for (int row = 0; row < rows; row += TILE_ROWS) {
                int tileRows = Math.min(TILE_ROWS, rows - row);
                int aOffset = row * depth;
                int target = cOffset + row * n + column;
                VectorKernel.multiplyTile(depth, packedA, aOffset, packedB, bOffset, tile);
                VectorKernel.writeTile(tile, tileRows, tileColumns, alpha, beta, c, target, n);
            }
        }
    }

    private static int ceilDivide(int numerator, int denominator) {
        return (numerator + denominator - 1) / denominator;
    }

    /** One thread's packing buffers, grown on demand and kept for the thread's life. */
    private static final class Workspace {
        private double[] packedA = new double[0];
        private double[] packedB = new double[0];
        private final double[] tile = new double[TILE_ROWS * TILE_COLUMNS];

        double[] packedA(int length) {
            if (packedA.length < length) {
                packedA = new double[length];
            }
            return packedA;
        }

        double[] packedB(int length) {
            if (packedB.length < length) {
                packedB = new double[length];
            }
            return packedB;
        }
    }
}
