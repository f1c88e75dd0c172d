package org.mtl4j.model;

import java.util.random.RandomGenerator;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.math.Matrix;

/**
 * Initial weights from an explicit random generator; biases start at zero.
 *
 * <ul>
 *   <li>Glorot/Xavier uniform (Glorot and Bengio 2010) for tanh, sigmoid, identity and softmax layers:
 *       W ~ U(−r, r), r = √(6 / (fanIn + fanOut)), which keeps the variance of activations and gradients
 *       roughly constant across layers for saturating activations.</li>
 *   <li>He uniform (He et al. 2015) for ReLU layers: r = √(6 / fanIn), compensating for ReLU zeroing half of
 *       its inputs.</li>
 * </ul>
 * The heads use Glorot. Draws happen in a fixed order (trunk layers in order, then heads, row-major), so a
 * seed fixes every weight.
 */
public final class Initializer {
    private Initializer() {
    }

    /** New parameters for {@code architecture}, drawn from {@code random} (modified: its state advances). */
    public static ModelParameters initialize(Architecture architecture, RandomGenerator random) {
        ModelParameters parameters = ModelParameters.zeros(architecture);
        for (int l = 0; l < architecture.trunk().size(); l++) {
            fill(parameters.trunk().get(l), architecture.trunk().get(l).activation(), random);
        }
        fill(parameters.heads(), null, random);
        return parameters;
    }

    private static void fill(DenseParameters layer, Activation activation, RandomGenerator random) {
        int fanIn = layer.inputSize();
        int fanOut = layer.outputSize();
        boolean relu = activation != null && activation.name().equals("relu");
        double limit = relu ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
        Matrix weights = layer.weights();
        double[] data = weights.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = limit * (2.0 * random.nextDouble() - 1.0);
        }
        layer.bias().fillInPlace(0.0);
    }
}
