package org.mtl4j.loss;

import org.mtl4j.math.Matrix;

/**
 * A loss over the labelled rows of a batch, returning its value and its gradient from one call.
 *
 * <p>Every loss is a mean over the N_t rows whose {@code labelled} flag is set (all rows when the mask is
 * {@code null}); rows without a label contribute nothing and receive a zero gradient, and N_t = 0 gives
 * loss 0 and gradient 0. A loss never changes its inputs.
 *
 * <p>Implementations are small immutable records: {@code SquaredError}, {@code BinaryCrossEntropy},
 * {@code CategoricalCrossEntropy}, each with the formula and derivative first in its Javadoc.
 */
public interface Loss {

    /** The lower-case name used by the CLI and the model file, for example {@code "binary_cross_entropy"}. */
    String name();

    /**
     * The loss of predictions ŷ (an activation's output, in probability form for the cross-entropies) and
     * dL/dŷ.
     *
     * @param prediction ŷ, batch × k; not modified
     * @param target     y, batch × k (one-hot for the categorical loss); not modified
     * @param labelled   which rows carry a label, length batch, or {@code null} for all; not modified
     * @param gradient   output dL/dŷ, batch × k; modified (zero in unlabelled rows)
     * @return the loss value
     * @throws IllegalArgumentException on shape mismatch or a target outside the loss's domain, naming the
     *                                  offending value
     */
    double evaluate(Matrix prediction, Matrix target, boolean[] labelled, Matrix gradient);
}
