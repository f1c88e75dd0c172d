package org.mtl4j.activation;

import org.mtl4j.math.Matrix;

/** The shape checks every activation runs before touching the arrays. */
final class ActivationShapes {
    private ActivationShapes() {
    }

    static void requireForward(String name, Matrix z, Matrix a) {
        if (!z.sameShape(a)) {
            throw new IllegalArgumentException(name + ".forward: input " + z.shape() + " and output " + a.shape()
                    + " differ");
        }
    }

    static void requireBackward(String name, Matrix z, Matrix a, Matrix upstream, Matrix gradient) {
        if (!z.sameShape(a) || !z.sameShape(upstream) || !z.sameShape(gradient)) {
            throw new IllegalArgumentException(name + ".backward: z " + z.shape() + ", a " + a.shape()
                    + ", upstream " + upstream.shape() + " and gradient " + gradient.shape()
                    + " must have one shape");
        }
    }
}
