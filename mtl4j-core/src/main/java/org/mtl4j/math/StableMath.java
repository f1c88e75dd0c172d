package org.mtl4j.math;

/**
 * Scalar functions in the forms that never overflow, shared by the activations and the losses.
 *
 * <p>Each one is exact algebra rearranged so that no exponential of a large positive number is taken:
 * <ul>
 *   <li>σ(z) = 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z &lt; 0: each form only where its exponential is
 *       at most 1, so no intermediate is ever ∞ and σ(±1000) is exactly 1 or 0;</li>
 *   <li>softplus(z) = log(1 + e^z) = max(z, 0) + log1p(e^−|z|);</li>
 *   <li>log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z), never the log of a rounded 1 − σ(z);</li>
 *   <li>log Σ_j e^{x_j} = m + log Σ_j e^{x_j − m} with m = max_j x_j (log-sum-exp).</li>
 * </ul>
 */
public final class StableMath {
    private StableMath() {
    }

    /** σ(z) = 1/(1 + e^−z), in (0, 1) and exactly 0 or 1 only where the double rounds there. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** softplus(z) = log(1 + e^z) = max(z, 0) + log1p(e^−|z|); softplus(1000) = 1000, softplus(−1000) ≈ 0. */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** log σ(z) = −softplus(−z). */
    public static double logSigmoid(double z) {
        return -softplus(-z);
    }

    /**
     * log Σ_j e^{x_j} over {@code data[offset .. offset+length)}, computed as m + log Σ_j e^{x_j − m} with m
     * the largest entry, so the largest term is e^0 = 1 and nothing overflows.
     *
     * @param data   not modified
     * @param offset first index
     * @param length number of entries, at least 1
     */
    public static double logSumExp(double[] data, int offset, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("logSumExp: need at least one entry, got " + length);
        }
        double max = data[offset];
        for (int j = 1; j < length; j++) {
            max = Math.max(max, data[offset + j]);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int j = 0; j < length; j++) {
            sum += Math.exp(data[offset + j] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * One row of softmax, written into {@code out}: s_j = e^(z_j − m) / Σ_c e^(z_c − m) with m the row's
     * largest entry, so nothing overflows; returns log Σ_c e^(z_c) = m + log Σ_c e^(z_c − m), the row's
     * log-sum-exp, which the categorical cross-entropy needs and the softmax activation ignores. Both use this
     * one method, so their probabilities agree bit for bit.
     *
     * @param in     not modified
     * @param out    modified at {@code [offset, offset + columns)}; may be {@code in}
     * @param offset first index of the row
     * @param columns entries in the row, at least 1
     */
    public static double softmaxRow(double[] in, double[] out, int offset, int columns) {
        double max = in[offset];
        for (int j = 1; j < columns; j++) {
            max = Math.max(max, in[offset + j]);
        }
        double sum = 0;
        for (int j = 0; j < columns; j++) {
            double e = Math.exp(in[offset + j] - max);
            out[offset + j] = e;
            sum += e;
        }
        double inverse = 1.0 / sum;
        for (int j = 0; j < columns; j++) {
            out[offset + j] *= inverse;
        }
        return Double.isInfinite(max) ? max : max + Math.log(sum);
    }
}
