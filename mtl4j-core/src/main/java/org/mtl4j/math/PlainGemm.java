package org.mtl4j.math;

/**
 * The reference backend: a plain Java i-k-j loop, no vector module, no native code, one thread.
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
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                double aip = alpha * (transposeA ? a[p * m + i] : a[i * k + p]);
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
