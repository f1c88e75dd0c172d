package org.mtl4j.math;

/**
 * One implementation of the BLAS {@code dgemm} kernel on contiguous row-major arrays:
 * {@code C ← alpha · op(A) · op(B) + beta · C}, where op(X) is X or Xᵀ.
 *
 * <p>op(A) is m × k, op(B) is k × n and C is m × n. A is stored as m × k (or k × m when transposed), B as
 * k × n (or n × k when transposed), each densely packed, so the leading dimensions follow from the shape.
 * Shapes and aliasing are checked once by {@link Gemm}; a backend may assume they are valid. When
 * {@code beta == 0} the old contents of C are ignored (NaN in C does not propagate), as in BLAS.
 *
 * <p>Implementations must be deterministic for a fixed thread count and thread-safe (no shared mutable
 * state between calls). The three, in the order {@code auto} prefers them: {@link NativeGemm} (system BLAS),
 * {@link VectorGemm} (pure Java, Vector API), {@link PlainGemm} (reference loop); {@link Engine} picks one.
 */
public sealed interface GemmBackend permits NativeGemm, VectorGemm, PlainGemm {

    /** A short name for logs and {@code mtl4j info}: {@code native}, {@code vector} or {@code plain}. */
    String name();

    /** A one-line description: library, threads, vector width. */
    String description();

    /** The number of threads one product may use. */
    int threads();

    /**
     * C ← alpha · op(A) · op(B) + beta · C.
     *
     * @param a not modified
     * @param b not modified
     * @param c modified
     */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
              double alpha, double[] a, double[] b, double beta, double[] c);
}
