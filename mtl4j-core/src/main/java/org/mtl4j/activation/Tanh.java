package org.mtl4j.activation;

import org.mtl4j.math.Matrix;

/**
 * Hyperbolic tangent: a = tanh(z) = (e^z − e^−z)/(e^z + e^−z) = 2σ(2z) − 1; da/dz = 1 − a². Zero-centred,
 * range (−1, 1), a hidden-layer activation (seed section 2.2).
 *
 * <p>{@link Math#tanh} saturates to ±1 without overflow; the derivative is taken from the output a.
 */
public record Tanh() implements Activation {

    @Override
    public String name() {
        return "tanh";
    }

    /** a ← tanh(z) elementwise. */
    @Override
    public void forward(Matrix z, Matrix a) {
        ActivationShapes.requireForward(name(), z, a);
        double[] in = z.data();
        double[] out = a.data();
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.tanh(in[i]);
        }
    }

    /** g ← u ⊙ (1 − a²). */
    @Override
    public void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        ActivationShapes.requireBackward(name(), z, a, upstream, gradient);
        double[] t = a.data();
        double[] u = upstream.data();
        double[] g = gradient.data();
        for (int i = 0; i < g.length; i++) {
            g[i] = u[i] * (1.0 - t[i] * t[i]);
        }
    }
}
