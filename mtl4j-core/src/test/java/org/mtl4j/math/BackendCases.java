package org.mtl4j.math;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Test helpers: the backends available in this JVM and the naive triple-loop reference they are held to. */
final class BackendCases {
    private BackendCases() {
    }

    /** Plain, vector (when its module is present) and native (when a native BLAS loads). */
    static List<GemmBackend> available() {
        List<GemmBackend> backends = new ArrayList<>();
        backends.add(PlainGemm.INSTANCE);
        BackendAvailability.vectorBackend().backend().ifPresent(backends::add);
        BackendAvailability.nativeBackend().backend().ifPresent(backends::add);
        return backends;
    }

    /**
     * C ← alpha · op(A) · op(B) + beta · C by the definition, one dot product per entry; beta = 0 ignores C.
     * Also returns, in {@code bound}, the scale |alpha| · Σ|op(A)ᵢₚ|·|op(B)ₚⱼ| + |beta · Cᵢⱼ| that bounds
     * the rounding error of any summation order.
     */
    static void reference(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha,
                          double[] a, double[] b, double beta, double[] c, double[] bound) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double absoluteSum = 0;
                for (int p = 0; p < k; p++) {
                    double left = transposeA ? a[p * m + i] : a[i * k + p];
                    double right = transposeB ? b[j * k + p] : b[p * n + j];
                    sum += left * right;
                    absoluteSum += Math.abs(left * right);
                }
                double old = beta == 0.0 ? 0.0 : beta * c[i * n + j];
                c[i * n + j] = alpha * sum + old;
                bound[i * n + j] = Math.abs(alpha) * absoluteSum + Math.abs(old);
            }
        }
    }

    static double[] randomArray(int length, RandomGenerator random) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble(-1.0, 1.0);
        }
        return values;
    }
}
