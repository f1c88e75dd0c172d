package org.mtl4j.math;

/**
 * The reference backend: plain Java loops (i-k-j, or k-i-j when A is transposed), no vector module, no native
 * code, one thread.
 *
 * <p>It is the fallback when neither OpenBLAS nor the incubating Vector API is available, the reference
 * every other backend is tested against, and the fastest choice for very small products where packing
 * and threads cost more than they save.
 */
public final class PlainGemm implements GemmBackend {
    /** The one shared instance; the class holds no state. */
    public static final PlainGemm INSTANCE = new PlainGemm();

    private PlainGemm() {
    }

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public String description() {
        return "plain Java i-k-j loops, 1 thread";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     double alpha, double[] a, double[] b, double beta, double[] c) {
        scaleOutput(beta, c, m * n);
        if (alpha == 0.0 || k == 0) {
            return;
        }
        if (transposeA) {
            multiplyTransposedA(transposeB, m, n, k, alpha, a, b, c);
        } else {
            multiplyPlainA(transposeB, m, n, k, alpha, a, b, c);
        }
    }

    /** C += alpha · A · op(B), A stored m × k: row i of A scales rows of op(B) into row i of C. */
    private static void multiplyPlainA(boolean transposeB, int m, int n, int k, double alpha, double[] a,
                                       double[] b, double[] c) {
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            int aRow = i * k;
            for (int p = 0; p < k; p++) {
                double aip = alpha * a[aRow + p];
                if (transposeB) {
                    for (int j = 0; j < n; j++) {
                        c[cRow + j] += aip * b[j * k + p];
                    }
                } else {
                    int bRow = p * n;
                    for (int j = 0; j < n; j++) {
                        c[cRow + j] += aip * b[bRow + j];
                    }
                }
            }
        }
    }

    /**
     * C += alpha · Aᵀ · op(B), A stored k × m: p outermost, so that A's row p (the p-th column of Aᵀ) is read
     * in order instead of with a stride of m (the weight gradient Xᵀ·dZ of a layer).
     */
    private static void multiplyTransposedA(boolean transposeB, int m, int n, int k, double alpha, double[] a,
                                            double[] b, double[] c) {
        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            for (int i = 0; i < m; i++) {
                double aip = alpha * a[aRow + i];
                int cRow = i * n;
                if (transposeB) {
                    for (int j = 0; j < n; j++) {
                        c[cRow + j] += aip * b[j * k + p];
                    }
                } else {
                    int bRow = p * n;
                    for (int j = 0; j < n; j++) {
                        c[cRow + j] += aip * b[bRow + j];
                    }
                }
            }
        }
    }

    /** C ← beta · C, with beta = 0 clearing C (so that NaN or garbage in C does not propagate). */
    static void scaleOutput(double beta, double[] c, int length) {
        if (beta == 0.0) {
            java.util.Arrays.fill(c, 0, length, 0.0);
        } else if (beta != 1.0) {
            for (int i = 0; i < length; i++) {
                c[i] *= beta;
            }
        }
    }
}
