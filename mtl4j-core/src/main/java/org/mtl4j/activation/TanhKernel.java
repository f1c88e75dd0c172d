package org.mtl4j.activation;

import java.util.Locale;

/**
 * tanh over an array: with the JDK's vector math where it is compiled to SIMD code, otherwise {@link Math#tanh}
 * entry by entry.
 *
 * <p>A hidden layer of a 128-row batch takes 10⁴–10⁵ tanh per step, and the scalar {@link Math#tanh} costs
 * about 8 ns each, as much as the layer's matrix product on a fast GEMM. The vector form
 * ({@code DoubleVector.lanewise(TANH)}, Intel SVML on x86-64) does 4 or 8 at once in about 1 ns per entry,
 * to within a few ulps of the exact value. It is used only where that is known to hold: the
 * {@code jdk.incubator.vector} module is present, the CPU is x86-64 with at least 4 double lanes (AVX2), and
 * the array has at least {@link #VECTOR_MINIMUM} entries; the rest, and every other machine, get
 * {@link Math#tanh}. The choice depends on the machine only, so a run is repeatable bit for bit on it.
 */
final class TanhKernel {
    /** Shorter arrays are not worth the vector setup and stay bit-identical to {@link Math#tanh}. */
    static final int VECTOR_MINIMUM = 64;
    private static final boolean VECTOR = vectorAvailable();

    private TanhKernel() {
    }

    /** out[i] ← tanh(in[i]) for i in [0, length); {@code in} is not modified and may be {@code out}. */
    static void apply(double[] in, double[] out, int length) {
        int done = VECTOR && length >= VECTOR_MINIMUM ? VectorTanh.apply(in, out, length) : 0;
        for (int i = done; i < length; i++) {
            out[i] = Math.tanh(in[i]);
        }
    }

    /** True when the vector form runs here, as the class comment describes. */
    static boolean vectorized() {
        return VECTOR;
    }

    private static boolean vectorAvailable() {
        String architecture = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!(architecture.equals("amd64") || architecture.equals("x86_64"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorTanh.lanes() >= 4;
        } catch (LinkageError | RuntimeException unavailable) {
            return false;
        }
    }
}
