package org.mtl4j.activation;

import org.mtl4j.math.Matrix;

/**
 * Identity: a = z; da/dz = 1. The output of a regression head (seed section 5.1 with no squashing).
 */
public record Identity() implements Activation {

    @Override
    public String name() {
        return "identity";
    }

    /** a ← z. */
    @Override
    public void forward(Matrix z, Matrix a) {
        ActivationShapes.requireForward(name(), z, a);
        if (a != z) {
            z.copyInto(a);
        }
    }

    /** g ← u: the upstream gradient passes through unchanged. */
    @Override
    public void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        ActivationShapes.requireBackward(name(), z, a, upstream, gradient);
        if (gradient != upstream) {
            upstream.copyInto(gradient);
        }
    }
}
