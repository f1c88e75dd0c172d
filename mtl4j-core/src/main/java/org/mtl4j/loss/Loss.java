package org.mtl4j.loss;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mtl4j.math.Matrix;

/**
 * A loss over the labelled rows of a batch, returning its value and its gradient from one call (seed
 * sections 4.1–4.3 and 5.2).
 *
 * <p>Every loss is a mean over the N_t rows whose {@code labelled} flag is set (all rows when the mask is
 * {@code null}); rows without a label contribute nothing and receive a zero gradient, and N_t = 0 gives
 * loss 0 and gradient 0. A loss never changes its inputs. The value returned is the one to log.
 *
 * <p>Implementations are small immutable records: {@link SquaredError}, {@link BinaryCrossEntropy},
 * {@link CategoricalCrossEntropy}, each with the formula and derivative first in its Javadoc. The two
 * cross-entropies also have a stable form computed from the logits z rather than the probabilities
 * ({@code evaluateLogits}); the head objective uses it.
 */
public sealed interface Loss permits SquaredError, BinaryCrossEntropy, CategoricalCrossEntropy {

    /** The lower-case name used by the CLI and the model file, for example {@code "binary_cross_entropy"}. */
    String name();

    /**
     * The loss of predictions ŷ (an activation's output, in probability form for the cross-entropies) and
     * dL/dŷ.
     *
     * @param prediction ŷ, batch × k; not modified
     * @param target     y, batch × k (one-hot for the categorical loss); not modified
     * @param labelled   which rows carry a label, length batch, or {@code null} for all; not modified
     * @param gradient   output dL/dŷ, batch × k; modified (zero in unlabelled rows). May be {@code null} when
     *                   only the value is wanted; must not share storage with {@code prediction} or
     *                   {@code target}.
     * @return the loss value
     * @throws IllegalArgumentException on shape mismatch or a target outside the loss's domain, naming the
     *                                  offending value
     */
    double evaluate(Matrix prediction, Matrix target, boolean[] labelled, Matrix gradient);

    /** One instance of every loss, in the order of {@link #names()}. */
    static List<Loss> all() {
        return List.of(new SquaredError(), new BinaryCrossEntropy(), new CategoricalCrossEntropy());
    }

    /** The valid names: {@code squared_error, binary_cross_entropy, categorical_cross_entropy}. */
    static List<String> names() {
        return all().stream().map(Loss::name).toList();
    }

    /**
     * The loss called {@code name} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    static Loss byName(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (Loss loss : all()) {
            if (loss.name().equals(key)) {
                return loss;
            }
        }
        throw new IllegalArgumentException("unknown loss \"" + name + "\"; valid names: "
                + String.join(", ", names()));
    }

    /**
     * N_t, the number of labelled rows: the count of {@code true} flags, or {@code rows} when the mask is
     * {@code null}.
     *
     * @throws IllegalArgumentException when the mask's length is not {@code rows}
     */
    static int labelledCount(boolean[] labelled, int rows) {
        if (labelled == null) {
            return rows;
        }
        if (labelled.length != rows) {
            throw new IllegalArgumentException("labelled has " + labelled.length + " flags for " + rows + " rows");
        }
        int count = 0;
        for (boolean flag : labelled) {
            if (flag) {
                count++;
            }
        }
        return count;
    }
}
