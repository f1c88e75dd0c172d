package org.mtl4j.loss;

import org.mtl4j.math.Matrix;

/** Argument checks shared by the losses; every message names the loss and the shapes or value at fault. */
final class LossChecks {
    private LossChecks() {
    }

    /**
     * Checks shapes and aliasing and returns N_t.
     *
     * @param gradient may be null
     */
    static int requireArguments(String name, Matrix input, Matrix target, boolean[] labelled, Matrix gradient) {
        if (!input.sameShape(target)) {
            throw new IllegalArgumentException(name + ": input " + input.shape() + " and target " + target.shape()
                    + " differ");
        }
        if (gradient != null) {
            if (!gradient.sameShape(input)) {
                throw new IllegalArgumentException(name + ": gradient " + gradient.shape() + " and input "
                        + input.shape() + " differ");
            }
            if (gradient.data() == input.data() || gradient.data() == target.data()) {
                throw new IllegalArgumentException(name + ": the gradient shares storage with an input; a loss"
                        + " never changes its inputs, pass a separate gradient matrix");
            }
        }
        return Loss.labelledCount(labelled, input.rows());
    }

    /**
     * Checks the probabilities a fused logits form writes: the shape of the logits, and storage of its own
     * (not the logits', the target's or the gradient's).
     */
    static void requireProbabilities(String name, Matrix logits, Matrix target, Matrix probabilities, Matrix gradient) {
        if (!probabilities.sameShape(logits)) {
            throw new IllegalArgumentException(name + ": probabilities " + probabilities.shape() + " and logits "
                    + logits.shape() + " differ");
        }
        double[] storage = probabilities.data();
        if (storage == logits.data() || storage == target.data() || gradient != null && storage == gradient.data()) {
            throw new IllegalArgumentException(name + ": the probabilities share storage with the logits, the target"
                    + " or the gradient; pass a separate matrix");
        }
    }

    static boolean isLabelled(boolean[] labelled, int row) {
        return labelled == null || labelled[row];
    }

    /** Rejects a binary target that is not exactly 0 or 1. */
    static void requireBinary(String name, int row, int column, double value) {
        if (value != 0.0 && value != 1.0) {
            throw new IllegalArgumentException(name + ": target " + value + " at (" + row + ", " + column
                    + ") is not 0 or 1");
        }
    }

    /** Rejects a probability outside [0, 1] (or NaN), which no clipping can make meaningful. */
    static void requireProbability(String name, int row, int column, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + ": prediction " + value + " at (" + row + ", " + column
                    + ") is not a probability in [0, 1]; pair this loss with a sigmoid or softmax output");
        }
    }
}
