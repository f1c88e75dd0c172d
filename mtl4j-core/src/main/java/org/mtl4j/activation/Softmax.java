package org.mtl4j.activation;

import org.mtl4j.math.Matrix;
import org.mtl4j.math.StableMath;

/**
 * Row-wise softmax: s_i = e^{z_i} / Σ_j e^{z_j} over each row; ∂s_i/∂z_j = s_i(δ_ij − s_j). Every entry in
 * (0, 1), every row sums to 1: the output of a multiclass head (seed section 2.3).
 *
 * <p>Backward is the full Jacobian–vector product per row, g_i = Σ_j u_j s_j(δ_ji − s_i)
 * = s_i (u_i − Σ_j u_j s_j), not an elementwise derivative.
 *
 * <p>Stable form (the seed's "subtract the maximum"): each <em>row's</em> own maximum m is subtracted
 * before exponentiating, s_i = e^{z_i − m} / Σ_j e^{z_j − m}. The value is unchanged (the factor e^−m
 * cancels), the largest exponential is e^0 = 1, so nothing overflows, and the sum is at least 1. A single
 * maximum over the whole batch would not do: a row far below it would underflow to 0/0.
 */
public record Softmax() implements Activation {

    @Override
    public String name() {
        return "softmax";
    }

    /** s ← softmax(z) row by row. */
    @Override
    public void forward(Matrix z, Matrix a) {
        ActivationShapes.requireForward(name(), z, a);
        int columns = z.columns();
        if (columns == 0) {
            return;
        }
        double[] in = z.data();
        double[] out = a.data();
        for (int offset = 0; offset < in.length; offset += columns) {
            StableMath.softmaxRow(in, out, offset, columns);
        }
    }

    /** g_i ← s_i (u_i − Σ_j u_j s_j) row by row. */
    @Override
    public void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        ActivationShapes.requireBackward(name(), z, a, upstream, gradient);
        int columns = z.columns();
        double[] s = a.data();
        double[] u = upstream.data();
        double[] g = gradient.data();
        for (int offset = 0; offset < g.length; offset += columns) {
            double dot = 0;
            for (int j = 0; j < columns; j++) {
                dot += u[offset + j] * s[offset + j];
            }
            for (int j = 0; j < columns; j++) {
                g[offset + j] = s[offset + j] * (u[offset + j] - dot);
            }
        }
    }
}
