package org.mtl4j.layer;

import java.util.Objects;
import org.mtl4j.activation.Activation;
import org.mtl4j.math.Gemm;
import org.mtl4j.math.Matrix;

/**
 * A fully connected layer: {@code Z = X·W + B}, {@code A = f(Z)} (seed section 5.1).
 *
 * <p>This record is configuration only; the learned W and B live in a {@link DenseParameters} passed to
 * each call, and every buffer is owned by the caller, so one layer description serves any number of
 * models and threads.
 *
 * <p>Backward (seed section 5.3), given dL/dA:
 * {@code dL/dZ = f'-backward(dL/dA)}, {@code dL/dW = Xᵀ·dL/dZ}, {@code dL/dB = Σ_rows dL/dZ},
 * {@code dL/dX = dL/dZ·Wᵀ}.
 *
 * @param inputSize  number of inputs (rows of W), ≥ 1
 * @param outputSize number of units (columns of W), ≥ 1
 * @param activation f, applied elementwise or per row
 */
public record Dense(int inputSize, int outputSize, Activation activation) {
    public Dense {
        if (inputSize < 1) {
            throw new IllegalArgumentException("Dense: inputSize must be ≥ 1, was " + inputSize);
        }
        if (outputSize < 1) {
            throw new IllegalArgumentException("Dense: outputSize must be ≥ 1, was " + outputSize);
        }
        Objects.requireNonNull(activation, "activation");
    }

    /**
     * Z ← X·W + B, A ← f(Z).
     *
     * @param parameters W and B; not modified
     * @param input      X, batch × inputSize; not modified
     * @param linear     Z, batch × outputSize; modified
     * @param output     A, batch × outputSize; modified
     */
    public void forward(DenseParameters parameters, Matrix input, Matrix linear, Matrix output) {
        affine(parameters, input, linear);
        activation.forward(linear, output);
    }

    /**
     * Z ← X·W + B (no activation): the pre-activation of a layer or of a block of task heads. B is copied into
     * every row of Z first and the product added with GEMM's β = 1, one pass over Z instead of a zeroing pass
     * and a bias pass.
     *
     * @param parameters W and B; not modified
     * @param input      X, batch × inputSize; not modified
     * @param linear     Z, batch × outputSize; modified
     */
    public static void affine(DenseParameters parameters, Matrix input, Matrix linear) {
        Matrix weights = parameters.weights();
        if (linear.rows() != input.rows() || linear.columns() != weights.columns()) {
            throw new IllegalArgumentException("affine: X " + input.shape() + " · W " + weights.shape()
                    + " + B does not fit the output " + linear.shape());
        }
        double[] bias = parameters.bias().data();
        double[] z = linear.data();
        int width = bias.length;
        for (int offset = 0; offset < z.length; offset += width) {
            for (int j = 0; j < width; j++) {
                z[offset + j] = bias[j];
            }
        }
        Gemm.gemm(false, false, 1.0, input, weights, 1.0, linear);
    }

    /**
     * Backward through f and the affine map.
     *
     * @param parameters   W and B; not modified
     * @param input        the forward's X; not modified
     * @param linear       the forward's Z; not modified
     * @param output       the forward's A; not modified
     * @param gradient     dL/dA on entry, dL/dZ on return; modified
     * @param gradients    receives dL/dW and dL/dB; modified (overwritten, not accumulated)
     * @param inputGradient receives dL/dX, or {@code null} when not needed (the first layer); modified
     */
    public void backward(DenseParameters parameters, Matrix input, Matrix linear, Matrix output, Matrix gradient,
                         DenseParameters gradients, Matrix inputGradient) {
        activation.backward(linear, output, gradient, gradient);
        affineBackward(parameters, input, gradient, gradients, inputGradient);
    }

    /**
     * Backward through {@code Z = X·W + B} alone: dW ← Xᵀ·dZ, dB ← Σ_rows dZ, dX ← dZ·Wᵀ.
     *
     * @param linearGradient dL/dZ; not modified
     * @param gradients      modified (overwritten)
     * @param inputGradient  modified, or {@code null} to skip
     */
    public static void affineBackward(DenseParameters parameters, Matrix input, Matrix linearGradient,
                                      DenseParameters gradients, Matrix inputGradient) {
        Gemm.gemm(true, false, 1.0, input, linearGradient, 0.0, gradients.weights());
        linearGradient.sumOverRowsInto(gradients.bias());
        if (inputGradient != null) {
            Gemm.gemm(false, true, 1.0, linearGradient, parameters.weights(), 0.0, inputGradient);
        }
    }
}
