package org.mtl4j.activation;

import org.mtl4j.math.Matrix;
import org.mtl4j.math.StableMath;

/**
 * Logistic sigmoid: a = σ(z) = 1/(1 + e^−z); da/dz = σ(z)(1 − σ(z)) = a(1 − a). Range (0, 1), the output of
 * a binary head (seed section 2.1).
 *
 * <p>Stable form: e^−z overflows to ∞ for z &lt; −709 (and e^z/(1 + e^z), the other textbook form, is ∞/∞
 * for z &gt; 709), so each form is used only on the side where its exponential is at most 1
 * ({@link StableMath#sigmoid}); σ(−1000) = 0 and its derivative 0, never NaN. The derivative is taken from
 * the output a, which costs one multiply and is 0 wherever a has rounded to 0 or 1. Its largest value is
 * σ'(0) = 0.25, the reason deep sigmoid stacks suffer vanishing gradients.
 */
public record Sigmoid() implements Activation {

    @Override
    public String name() {
        return "sigmoid";
    }

    /** a ← σ(z) elementwise. */
    @Override
    public void forward(Matrix z, Matrix a) {
        ActivationShapes.requireForward(name(), z, a);
        double[] in = z.data();
        double[] out = a.data();
        for (int i = 0; i < in.length; i++) {
            out[i] = StableMath.sigmoid(in[i]);
        }
    }

    /** g ← u ⊙ a ⊙ (1 − a). */
    @Override
    public void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        ActivationShapes.requireBackward(name(), z, a, upstream, gradient);
        double[] s = a.data();
        double[] u = upstream.data();
        double[] g = gradient.data();
        for (int i = 0; i < g.length; i++) {
            g[i] = u[i] * s[i] * (1.0 - s[i]);
        }
    }
}
