package org.mtl4j.loss;

import org.mtl4j.math.Matrix;
import org.mtl4j.math.StableMath;

/**
 * Categorical cross-entropy averaged over the labelled rows: L = −(1/N_t) Σ_i Σ_c y_ic log p_ic with one-hot
 * targets y (build them from class indices with {@link #oneHot}).
 *
 * <p>Two forms (seed section 4.3):
 * <ul>
 *   <li>{@link #evaluateLogits} from logits z, p = softmax(z), through log-softmax:
 *       log softmax(z)_c = z_c − logsumexp(z) with logsumexp(z) = m + log Σ_j e^{z_j − m}, m = max_j z_j.
 *       L = (1/N_t) Σ_i (logsumexp(z_i) − z_{i,class}), dL/dz = (softmax(z) − y)/N_t. Finite for any finite
 *       logits: [0, 1000] with class 0 gives exactly 1000, where the probability form would need log 0.
 *       This is the form to train and to log.</li>
 *   <li>{@link #evaluate} from probabilities p, as the seed writes it, dL/dp_c = −y_c/(p_c·N_t). Only here
 *       the log's argument is clipped from below at {@link #EPSILON} = 1e-15, so a true class with p = 0
 *       costs −log(1e-15) = 34.5387764 instead of ∞. [0.7, 0.2, 0.1] with class 0 gives −log 0.7 = 0.3566749.</li>
 * </ul>
 * A labelled target row that is not one-hot, or a probability outside [0, 1], is an error naming the value.
 */
public record CategoricalCrossEntropy() implements Loss {
    /** The clip ε of the probability form: the argument of each log is at least 1e-15. */
    public static final double EPSILON = 1e-15;

    @Override
    public String name() {
        return "categorical_cross_entropy";
    }

    /**
     * One-hot targets from class indices: row i has a 1 in column {@code classIndices[i]} and 0 elsewhere.
     *
     * @param classIndices one class per row, each in [0, classCount); not modified
     * @param classCount   K, the number of classes (columns)
     */
    public static Matrix oneHot(int[] classIndices, int classCount) {
        Matrix out = Matrix.zeros(classIndices.length, classCount);
        for (int row = 0; row < classIndices.length; row++) {
            int index = classIndices[row];
            if (index < 0 || index >= classCount) {
                throw new IllegalArgumentException("oneHot: class " + index + " of row " + row
                        + " is outside [0, " + classCount + ")");
            }
            out.set(row, index, 1.0);
        }
        return out;
    }

    /** The probability form, clipped at {@link #EPSILON}; see the class comment. */
    @Override
    public double evaluate(Matrix prediction, Matrix target, boolean[] labelled, Matrix gradient) {
        return run(false, prediction, target, labelled, gradient);
    }

    /**
     * The stable form from logits, through log-softmax: L as above with p = softmax(z),
     * dL/dz = (softmax(z) − y)/N_t.
     *
     * @param logits        z, batch × K; not modified
     * @param target        one-hot y, batch × K; not modified
     * @param labelled      which rows carry a label, or {@code null} for all; not modified
     * @param logitGradient output dL/dz; modified (zero in unlabelled rows), or {@code null} for the value only
     * @return the loss value
     */
    public double evaluateLogits(Matrix logits, Matrix target, boolean[] labelled, Matrix logitGradient) {
        return run(true, logits, target, labelled, logitGradient);
    }

    /**
     * The stable form from logits that also writes the probabilities, in one pass and with one exponential
     * per entry: per row m = max_j z_j, e_j = e^{z_j − m}, s = Σ_j e_j, p_j = e_j/s (written in every row,
     * labelled or not), logsumexp = m + log s, L as in
     * {@link #evaluateLogits(Matrix, Matrix, boolean[], Matrix)}, and dL/dz = (p − y)/N_t from these p. The
     * same numbers as {@code Softmax.forward}, that method's value and the fused rule, bit for bit.
     *
     * @param logits        z, batch × K; not modified
     * @param target        one-hot y, batch × K; not modified
     * @param labelled      which rows carry a label, or {@code null} for all; not modified
     * @param probabilities output softmax(z), batch × K; modified
     * @param logitGradient output dL/dz; modified (zero in unlabelled rows), or {@code null} for the value only
     * @return the loss value
     */
    public double evaluateLogits(Matrix logits, Matrix target, boolean[] labelled, Matrix probabilities,
                                 Matrix logitGradient) {
        int labelledRows = LossChecks.requireArguments(name(), logits, target, labelled, logitGradient);
        LossChecks.requireProbabilities(name(), logits, target, probabilities, logitGradient);
        int columns = logits.columns();
        double scale = labelledRows == 0 ? 0.0 : 1.0 / labelledRows;
        double[] z = logits.data();
        double[] y = target.data();
        double[] p = probabilities.data();
        double[] g = logitGradient == null ? null : logitGradient.data();
        double total = 0;
        for (int row = 0; row < logits.rows(); row++) {
            int offset = row * columns;
            if (columns > 0) {
                double logSumExp = StableMath.softmaxRow(z, p, offset, columns);
                if (LossChecks.isLabelled(labelled, row)) {
                    total += logSumExp - z[offset + trueClass(y, offset, columns, row)];
                }
            } else if (LossChecks.isLabelled(labelled, row)) {
                trueClass(y, offset, columns, row);
            }
            if (g != null) {
                boolean isLabelled = LossChecks.isLabelled(labelled, row);
                for (int c = 0; c < columns; c++) {
                    g[offset + c] = isLabelled ? (p[offset + c] - y[offset + c]) * scale : 0.0;
                }
            }
        }
        return total * scale;
    }

    private double run(boolean fromLogits, Matrix input, Matrix target, boolean[] labelled, Matrix gradient) {
        int labelledRows = LossChecks.requireArguments(name(), input, target, labelled, gradient);
        if (gradient != null) {
            gradient.fillInPlace(0.0);
        }
        int columns = input.columns();
        if (labelledRows == 0) {
            return 0.0;
        }
        double scale = 1.0 / labelledRows;
        double[] x = input.data();
        double[] g = gradient == null ? null : gradient.data();
        double total = 0;
        for (int row = 0; row < input.rows(); row++) {
            if (!LossChecks.isLabelled(labelled, row)) {
                continue;
            }
            int offset = row * columns;
            int trueClass = trueClass(target, row);
            if (fromLogits) {
                double logSumExp = StableMath.logSumExp(x, offset, columns);
                total += logSumExp - x[offset + trueClass];
                if (g != null) {
                    for (int c = 0; c < columns; c++) {
                        double probability = Math.exp(x[offset + c] - logSumExp);
                        g[offset + c] = (probability - (c == trueClass ? 1.0 : 0.0)) * scale;
                    }
                }
            } else {
                for (int c = 0; c < columns; c++) {
                    LossChecks.requireProbability(name(), row, c, x[offset + c]);
                }
                double argument = Math.max(x[offset + trueClass], EPSILON);
                total -= Math.log(argument);
                if (g != null) {
                    g[offset + trueClass] = -scale / argument;
                }
            }
        }
        return total * scale;
    }

    /** The column of the single 1 in a one-hot target row. */
    private int trueClass(Matrix target, int row) {
        return trueClass(target.data(), row * target.columns(), target.columns(), row);
    }

    /**
     * The column of the single 1 in the one-hot row {@code y[offset .. offset + columns)}. The scan has no
     * data-dependent branch (the class is random from row to row); only a bad row takes the slow path.
     */
    private int trueClass(double[] y, int offset, int columns, int row) {
        int ones = 0;
        int found = 0;
        boolean other = false;
        for (int c = 0; c < columns; c++) {
            double value = y[offset + c];
            boolean one = value == 1.0;
            ones += one ? 1 : 0;
            found += one ? c : 0;
            other |= !one & value != 0.0;
        }
        if (ones != 1 || other) {
            throw notOneHot(y, offset, columns, row);
        }
        return found;
    }

    private IllegalArgumentException notOneHot(double[] y, int offset, int columns, int row) {
        boolean seenOne = false;
        for (int c = 0; c < columns; c++) {
            double value = y[offset + c];
            if (value == 1.0 && !seenOne) {
                seenOne = true;
            } else if (value != 0.0) {
                return new IllegalArgumentException(name() + ": target row " + row + " is not one-hot: "
                        + value + " at column " + c + (value == 1.0 ? " is a second 1" : ""));
            }
        }
        return new IllegalArgumentException(name() + ": target row " + row + " is not one-hot: it has no 1");
    }
}
