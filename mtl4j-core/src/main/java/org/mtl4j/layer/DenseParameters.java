package org.mtl4j.layer;

import java.util.Objects;
import org.mtl4j.math.Matrix;

/**
 * The learned parameters of one dense layer: weights W (inputs × outputs) and bias B (1 × outputs).
 *
 * <p>Kept apart from the layer's configuration ({@link Dense}) and from any optimizer state, as in Flax:
 * the same record type also holds a layer's gradients dL/dW and dL/dB.
 *
 * @param weights inputs × outputs
 * @param bias    1 × outputs
 */
public record DenseParameters(Matrix weights, Matrix bias) {
    public DenseParameters {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (bias.rows() != 1 || bias.columns() != weights.columns()) {
            throw new IllegalArgumentException("DenseParameters: bias " + bias.shape() + " does not match weights "
                    + weights.shape() + ", need [1×" + weights.columns() + "]");
        }
    }

    /** Zero weights and bias for a layer of the given size. */
    public static DenseParameters zeros(int inputSize, int outputSize) {
        return new DenseParameters(Matrix.zeros(inputSize, outputSize), Matrix.zeros(1, outputSize));
    }

    /** Zeros of the same shapes as this layer (a gradient or optimizer-state buffer). */
    public DenseParameters zerosLike() {
        return zeros(weights.rows(), weights.columns());
    }

    /** A deep copy. */
    public DenseParameters copy() {
        return new DenseParameters(weights.copy(), bias.copy());
    }

    /** Copies every entry of {@code source} (not modified) into this layer's matrices (modified). */
    public void copyFrom(DenseParameters source) {
        source.weights.copyInto(weights);
        source.bias.copyInto(bias);
    }

    public int inputSize() {
        return weights.rows();
    }

    public int outputSize() {
        return weights.columns();
    }
}
