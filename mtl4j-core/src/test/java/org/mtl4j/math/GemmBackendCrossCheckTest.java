package org.mtl4j.math;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every backend against the naive triple loop ({@link BackendCases#reference}), for all four transpose
 * combinations, odd and degenerate sizes, and alpha/beta including beta = 0 over NaN.
 */
class GemmBackendCrossCheckTest {
    /** Relative to the error bound |alpha|·Σ|a·b| + |beta·c|; the rounding of k ≤ 600 terms is below 1e-13. */
    private static final double TOLERANCE = 1e-12;
    private static final double[][] ALPHA_BETA = {{1.0, 0.0}, {-0.5, 1.0}, {2.5, -1.5}};

    /** {m, n, k}: 1-row, 1-column, 1-deep, primes, around the 6 × 16 tile and the size 67. */
    private static List<int[]> oddShapes() {
        List<int[]> shapes = new ArrayList<>(List.of(
                new int[] {1, 1, 1}, new int[] {1, 67, 5}, new int[] {67, 1, 3}, new int[] {5, 3, 1},
                new int[] {1, 1, 67}, new int[] {6, 16, 7}, new int[] {7, 17, 13}, new int[] {5, 15, 31},
                new int[] {67, 67, 67}, new int[] {2, 64, 64}, new int[] {64, 2, 64}, new int[] {13, 29, 1}));
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 12; i++) {
            shapes.add(new int[] {random.nextInt(1, 68), random.nextInt(1, 68), random.nextInt(1, 68)});
        }
        return shapes;
    }

    @Test
    void everyBackendMatchesTheReferenceOnOddShapes() {
        SplittableRandom random = new SplittableRandom(1);
        for (GemmBackend backend : BackendCases.available()) {
            for (int[] shape : oddShapes()) {
                for (double[] alphaBeta : ALPHA_BETA) {
                    for (int flags = 0; flags < 4; flags++) {
                        checkAgainstReference(backend, (flags & 1) != 0, (flags & 2) != 0, shape[0], shape[1],
                                shape[2], alphaBeta[0], alphaBeta[1], random);
                    }
                }
            }
        }
    }

    @Test
    void vectorBackendMatchesTheReferenceAcrossBlocksAndThreads() {
        GemmBackend vector = requireVector();
        SplittableRandom random = new SplittableRandom(2);
        // Several depth blocks (256), row blocks (96), tiles, a split by rows (m ≥ n) and one by columns.
        int[][] shapes = {{200, 150, 600}, {97, 301, 257}, {131, 131, 300}};
        for (int[] shape : shapes) {
            for (int flags = 0; flags < 4; flags++) {
                checkAgainstReference(vector, (flags & 1) != 0, (flags & 2) != 0, shape[0], shape[1], shape[2],
                        0.75, flags == 3 ? 0.0 : 0.5, random);
            }
        }
    }

    @Test
    void vectorBackendMatchesTheReferenceForRandomShapes() {
        GemmBackend vector = requireVector();
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 150; trial++) {
            checkAgainstReference(vector, random.nextBoolean(), random.nextBoolean(), random.nextInt(1, 68),
                    random.nextInt(1, 68), random.nextInt(1, 68), 1.0, 0.0, random);
        }
    }

    @Test
    void vectorAndPlainAgreeWithNative() {
        BackendAvailability.Probe nativeProbe = BackendAvailability.nativeBackend();
        Assumptions.assumeTrue(nativeProbe.backend().isPresent(),
                () -> "native backend not available, so not compared: " + nativeProbe.reason());
        GemmBackend nativeGemm = nativeProbe.backend().orElseThrow();
        SplittableRandom random = new SplittableRandom(3);
        int[][] shapes = {{67, 45, 33}, {128, 256, 100}, {150, 90, 300}};
        for (GemmBackend backend : BackendCases.available()) {
            for (int[] shape : shapes) {
                for (int flags = 0; flags < 4; flags++) {
                    boolean transposeA = (flags & 1) != 0;
                    boolean transposeB = (flags & 2) != 0;
                    int m = shape[0];
                    int n = shape[1];
                    int k = shape[2];
                    double[] a = BackendCases.randomArray(m * k, random);
                    double[] b = BackendCases.randomArray(k * n, random);
                    double[] expected = new double[m * n];
                    double[] actual = new double[m * n];
                    nativeGemm.gemm(transposeA, transposeB, m, n, k, 1.0, a, b, 0.0, expected);
                    backend.gemm(transposeA, transposeB, m, n, k, 1.0, a, b, 0.0, actual);
                    assertThat(Matrix.wrap(m, n, actual).equalsWithin(Matrix.wrap(m, n, expected), TOLERANCE))
                            .as("%s vs native, %s", backend.name(), describe(transposeA, transposeB, m, n, k))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyBackendGivesBitIdenticalResultsFromRunToRun() {
        SplittableRandom random = new SplittableRandom(4);
        int m = 130;
        int n = 170;
        int k = 300;
        double[] a = BackendCases.randomArray(m * k, random);
        double[] b = BackendCases.randomArray(k * n, random);
        for (GemmBackend backend : BackendCases.available()) {
            for (int flags = 0; flags < 4; flags++) {
                double[] first = new double[m * n];
                double[] second = new double[m * n];
                backend.gemm((flags & 1) != 0, (flags & 2) != 0, m, n, k, 1.0, a, b, 0.0, first);
                backend.gemm((flags & 1) != 0, (flags & 2) != 0, m, n, k, 1.0, a, b, 0.0, second);
                assertThat(Arrays.equals(first, second)).as("%s, flags %d", backend.name(), flags).isTrue();
            }
        }
    }

    @Test
    void vectorResultDoesNotDependOnHowManyPartsItIsSplitInto() {
        requireVector();
        SplittableRandom random = new SplittableRandom(6);
        int[][] shapes = {{130, 70, 300}, {40, 170, 90}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            int k = shape[2];
            double[] a = BackendCases.randomArray(m * k, random);
            double[] b = BackendCases.randomArray(k * n, random);
            double[] c = BackendCases.randomArray(m * n, random);
            double[] oneThread = c.clone();
            VectorGemm.multiplyInParts(1, true, false, m, n, k, 0.5, a, b, 2.0, oneThread);
            for (int parts = 2; parts <= 5; parts++) {
                double[] split = c.clone();
                VectorGemm.multiplyInParts(parts, true, false, m, n, k, 0.5, a, b, 2.0, split);
                assertThat(Arrays.equals(split, oneThread)).as("%d parts, m=%d n=%d", parts, m, n).isTrue();
            }
        }
    }

    private static GemmBackend requireVector() {
        BackendAvailability.Probe probe = BackendAvailability.vectorBackend();
        return probe.backend().orElseGet(() -> fail("vector backend not available: " + probe.reason()));
    }

    private static void checkAgainstReference(GemmBackend backend, boolean transposeA, boolean transposeB,
                                              int m, int n, int k, double alpha, double beta,
                                              SplittableRandom random) {
        double[] a = BackendCases.randomArray(m * k, random);
        double[] b = BackendCases.randomArray(k * n, random);
        double[] c = beta == 0.0 ? filledWithNan(m * n) : BackendCases.randomArray(m * n, random);
        double[] expected = c.clone();
        double[] bound = new double[m * n];
        BackendCases.reference(transposeA, transposeB, m, n, k, alpha, a, b, beta, expected, bound);
        backend.gemm(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
        for (int index = 0; index < m * n; index++) {
            double error = Math.abs(c[index] - expected[index]);
            if (!(error <= TOLERANCE * bound[index])) {
                fail("%s, %s, alpha %s, beta %s: entry (%d, %d) is %s, reference %s", backend.name(),
                        describe(transposeA, transposeB, m, n, k), alpha, beta, index / n, index % n,
                        c[index], expected[index]);
            }
        }
    }

    private static double[] filledWithNan(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static String describe(boolean transposeA, boolean transposeB, int m, int n, int k) {
        return (transposeA ? "T" : "N") + (transposeB ? "T" : "N") + " m=" + m + " n=" + n + " k=" + k;
    }
}
