package org.mtl4j.activation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mtl4j.math.Matrix;

/**
 * An activation function a = f(z), applied to a batch (rows) of pre-activations (columns), with its
 * backward pass beside it (seed sections 2.1–2.3 and step 2 of 5.1, {@code Y_pred = activation(Z)}).
 *
 * <p>Implementations are small immutable records, one per function: {@link Identity}, {@link Sigmoid},
 * {@link Tanh}, {@link Softmax} (row-wise), {@link Relu}. Each states its formula and derivative in the first
 * lines of its Javadoc. The interface is sealed so that code switching over activations (the model file, the
 * fused backward rule) is checked for exhaustiveness by the compiler.
 *
 * <p>Call order: {@link #forward} once per batch, then {@link #backward} with the same {@code z} and the
 * {@code a} that forward wrote.
 */
public sealed interface Activation permits Identity, Sigmoid, Tanh, Softmax, Relu {

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

    /** One instance of every activation, in the order of {@link #names()}. */
    static List<Activation> all() {
        return List.of(new Identity(), new Sigmoid(), new Tanh(), new Softmax(), new Relu());
    }

    /** The valid names: {@code identity, sigmoid, tanh, softmax, relu}. */
    static List<String> names() {
        return all().stream().map(Activation::name).toList();
    }

    /**
     * The activation called {@code name} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    static Activation byName(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Activation activation : all()) {
            if (activation.name().equals(key)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + name + "\"; valid names: "
                + String.join(", ", names()));
    }
}
