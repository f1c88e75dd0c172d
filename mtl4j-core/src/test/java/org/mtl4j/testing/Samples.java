package org.mtl4j.testing;

import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.activation.Tanh;
import org.mtl4j.loss.BinaryCrossEntropy;
import org.mtl4j.loss.CategoricalCrossEntropy;
import org.mtl4j.loss.Loss;
import org.mtl4j.loss.SquaredError;
import org.mtl4j.math.Matrix;

/**
 * Random test inputs in the ranges where finite differences are meaningful: logits in [−5, 5], entries at
 * least 1e-2 away from the ReLU kink (the gradient check steps up to 2e-3), probabilities in [0.05, 0.95].
 */
public final class Samples {
    /** Every entry of a logit sample is at least this far from 0. */
    public static final double KINK_MARGIN = 1e-2;

    private Samples() {
    }

    /** Uniform in [low, high) with |value| ≥ {@link #KINK_MARGIN}. */
    public static Matrix uniformAwayFromZero(int rows, int columns, double low, double high, SplittableRandom random) {
        Matrix m = Matrix.zeros(rows, columns);
        double[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            double value;
            do {
                value = random.nextDouble(low, high);
            } while (Math.abs(value) < KINK_MARGIN);
            data[i] = value;
        }
        return m;
    }

    /** A random mask when {@code masked}, else {@code null} (every row labelled). May be all false. */
    public static boolean[] maskOrNull(boolean masked, int rows, SplittableRandom random) {
        if (!masked) {
            return null;
        }
        boolean[] mask = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            mask[i] = random.nextBoolean();
        }
        return mask;
    }

    /** Targets in the loss's encoding: reals in [−2, 2], 0/1, or one-hot rows. */
    public static Matrix targets(Loss loss, int rows, int columns, SplittableRandom random) {
        Matrix target = Matrix.zeros(rows, columns);
        for (int row = 0; row < rows; row++) {
            switch (loss) {
                case SquaredError squaredError -> {
                    for (int column = 0; column < columns; column++) {
                        target.set(row, column, random.nextDouble(-2, 2));
                    }
                }
                case BinaryCrossEntropy binary -> {
                    for (int column = 0; column < columns; column++) {
                        target.set(row, column, random.nextInt(2));
                    }
                }
                case CategoricalCrossEntropy categorical -> target.set(row, random.nextInt(columns), 1.0);
            }
        }
        return target;
    }

    /** Predictions in the loss's domain: reals in [−3, 3] for squared error, probabilities in [0.05, 0.95]. */
    public static Matrix predictions(Loss loss, int rows, int columns, SplittableRandom random) {
        return loss instanceof SquaredError
                ? Matrix.randomUniform(rows, columns, -3, 3, random)
                : Matrix.randomUniform(rows, columns, 0.05, 0.95, random);
    }

    /**
     * Logits for a head: in [−5, 5] away from 0 when the activation's output suits the loss; for a
     * cross-entropy after identity, relu or tanh, logits whose outputs lie in [0.05, 0.95].
     */
    public static Matrix logits(Activation activation, Loss loss, int rows, int columns, SplittableRandom random) {
        boolean needsProbabilities = !(loss instanceof SquaredError);
        if (!needsProbabilities || activation instanceof Sigmoid || activation instanceof Softmax) {
            return uniformAwayFromZero(rows, columns, -5, 5, random);
        }
        if (activation instanceof Tanh) {
            return Matrix.randomUniform(rows, columns, 0.05, 1.8, random);
        }
        return Matrix.randomUniform(rows, columns, 0.05, 0.95, random);
    }
}
