package org.mtl4j.activation;

import org.mtl4j.math.Matrix;

/**
 * Rectified linear unit: a = max(z, 0); da/dz = 1 for z &gt; 0 and 0 for z &lt; 0. At the kink z = 0 the
 * derivative is taken as 0 (a subgradient). A hidden-layer activation that does not saturate for z &gt; 0.
 */
public record Relu() implements Activation {

    @Override
    public String name() {
        return "relu";
    }

    /** a ← max(z, 0) elementwise. */
    @Override
    public void forward(Matrix z, Matrix a) {
        ActivationShapes.requireForward(name(), z, a);
        double[] in = z.data();
        double[] out = a.data();
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] > 0 ? in[i] : 0.0;
        }
    }

    /** g ← u where z &gt; 0, else 0 (read from the input z, so a may be any buffer). */
    @Override
    public void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        ActivationShapes.requireBackward(name(), z, a, upstream, gradient);
        double[] in = z.data();
        double[] u = upstream.data();
        double[] g = gradient.data();
        for (int i = 0; i < g.length; i++) {
            g[i] = in[i] > 0 ? u[i] : 0.0;
        }
    }
}
