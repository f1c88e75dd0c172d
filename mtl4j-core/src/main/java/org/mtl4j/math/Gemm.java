package org.mtl4j.math;

import java.util.Objects;

/**
 * General matrix multiply on {@link Matrix}: {@code C ← alpha · op(A) · op(B) + beta · C}.
 *
 * <p>The friendly front of the engine: it checks shapes (naming both), rejects an output that aliases an
 * input, and hands the raw arrays to the selected {@link GemmBackend}. No transposed copy is ever made;
 * the transpose flags reach the kernel.
 */
public final class Gemm {
    private Gemm() {
    }

    /**
     * C ← alpha · op(A) · op(B) + beta · C with the engine's selected backend.
     *
     * @param a not modified
     * @param b not modified
     * @param c modified; must not share storage with {@code a} or {@code b}
     */
    public static void gemm(boolean transposeA, boolean transposeB, double alpha, Matrix a, Matrix b,
                            double beta, Matrix c) {
        gemm(Engine.backend(), transposeA, transposeB, alpha, a, b, beta, c);
    }

    /** As {@link #gemm(boolean, boolean, double, Matrix, Matrix, double, Matrix)} with a chosen backend. */
    public static void gemm(GemmBackend backend, boolean transposeA, boolean transposeB, double alpha,
                            Matrix a, Matrix b, double beta, Matrix c) {
        Objects.requireNonNull(backend, "backend");
        int m = transposeA ? a.columns() : a.rows();
        int innerA = transposeA ? a.rows() : a.columns();
        int innerB = transposeB ? b.columns() : b.rows();
        int n = transposeB ? b.rows() : b.columns();
        if (innerA != innerB) {
            throw new IllegalArgumentException("matmul: " + describe(a, transposeA) + "·" + describe(b, transposeB)
                    + ", inner sizes " + innerA + " and " + innerB + " differ");
        }
        if (c.rows() != m || c.columns() != n) {
            throw new IllegalArgumentException("matmul: " + describe(a, transposeA) + "·" + describe(b, transposeB)
                    + " is [" + m + "×" + n + "], output is " + c.shape());
        }
        if (c.data() == a.data() || c.data() == b.data()) {
            throw new IllegalArgumentException("matmul: the output " + c.shape()
                    + " shares storage with an input; pass a separate output matrix");
        }
        if (m == 0 || n == 0) {
            return;
        }
        backend.gemm(transposeA, transposeB, m, n, innerA, alpha, a.data(), b.data(), beta, c.data());
    }

    /** out ← A · B. */
    public static Matrix multiply(Matrix a, Matrix b, Matrix out) {
        gemm(false, false, 1.0, a, b, 0.0, out);
        return out;
    }

    /** A new matrix A · B. */
    public static Matrix multiply(Matrix a, Matrix b) {
        return multiply(a, b, Matrix.zeros(a.rows(), b.columns()));
    }

    private static String describe(Matrix matrix, boolean transposed) {
        return transposed ? matrix.shape() + "ᵀ" : matrix.shape();
    }
}
