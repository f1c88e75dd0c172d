package org.mtl4j.activation;

import org.mtl4j.math.Matrix;

/**
 * An activation function a = f(z), applied to a batch (rows) of pre-activations (columns), with its
 * backward pass beside it.
 *
 * <p>Implementations are small immutable records, one per function: {@code Identity}, {@code Sigmoid},
 * {@code Tanh}, {@code Softmax} (row-wise), {@code Relu}. Each states its formula and derivative in the first
 * lines of its Javadoc.
 *
 * <p>Call order: {@link #forward} once per batch, then {@link #backward} with the same {@code z} and the
 * {@code a} that forward wrote.
 */
public interface Activation {

    /** The lower-case name used by the CLI and the model file, for example {@code "tanh"}. */
    String name();

    /**
     * a ← f(z), elementwise or (softmax) row by row.
     *
     * @param z pre-activations, batch × width; not modified
     * @param a output, same shape as {@code z}; modified. May be the same matrix as {@code z}.
     */
    void forward(Matrix z, Matrix a);

    /**
     * dL/dz from dL/da by the chain rule. For elementwise activations {@code g = u ⊙ f'(z)}; for softmax the
     * full Jacobian–vector product per row, {@code g_i = s_i (u_i − Σ_j u_j s_j)}.
     *
     * @param z        the forward's input; not modified
     * @param a        the forward's output; not modified
     * @param upstream dL/da, same shape; not modified unless it is the same matrix as {@code gradient}
     * @param gradient output dL/dz, same shape; modified. May be the same matrix as {@code upstream}.
     */
    void backward(Matrix z, Matrix a, Matrix upstream, Matrix gradient);
}
