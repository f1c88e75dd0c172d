package org.mtl4j.loss;

import org.mtl4j.math.Matrix;
import org.mtl4j.math.StableMath;

/**
 * Binary cross-entropy averaged over the labelled rows (and the k outputs, k = 1 for a binary task):
 * L = (1/N_t) Σ_i (1/k) Σ_j −[y log p + (1−y) log(1−p)] with targets y ∈ {0, 1}.
 *
 * <p>Two forms (seed section 4.2):
 * <ul>
 *   <li>{@link #evaluateLogits} from the logit z, p = σ(z): log σ(z) = −softplus(−z) and
 *       log(1 − σ(z)) = −softplus(z), so L = (1/N_t) Σ (1/k) Σ [y·softplus(−z) + (1−y)·softplus(z)] and
 *       dL/dz = (σ(z) − y)/(N_t·k). Never log(1 − σ(z)): for z ≳ 37 the double σ(z) is exactly 1 and that
 *       log would be −∞, while softplus stays exact. This is the form to train and to log. Its
 *       log1p(e^−|z|) is computed as log(1 + e)·e/((1 + e) − 1), within 3 ulps of {@link Math#log1p}.</li>
 *   <li>{@link #evaluate} from probabilities p, as the seed writes it, dL/dp = (p − y)/(p(1 − p)·N_t·k).
 *       Only here the log's argument is clipped from below at {@link #EPSILON} = 1e-15: the term for y = 1 is
 *       −log(max(p, ε)) and for y = 0 it is −log(max(1 − p, ε)), with the gradient −1/max(p, ε) or
 *       1/max(1 − p, ε) (over N_t·k). So BCE(y=1, p=1) = BCE(y=0, p=0) = 0 exactly and BCE(y=1, p=0) =
 *       −log(1e-15) = 34.5387764, finite.</li>
 * </ul>
 * A target other than 0 or 1 in a labelled row, or a probability outside [0, 1], is an error naming the value.
 */
public record BinaryCrossEntropy() implements Loss {
    /** The clip ε of the probability form: the argument of each log is at least 1e-15. */
    public static final double EPSILON = 1e-15;

    @Override
    public String name() {
        return "binary_cross_entropy";
    }

    /** The probability form, clipped at {@link #EPSILON}; see the class comment. */
    @Override
    public double evaluate(Matrix prediction, Matrix target, boolean[] labelled, Matrix gradient) {
        return run(false, prediction, target, labelled, gradient);
    }

    /**
     * The stable form from logits: L as above with p = σ(z), dL/dz = (σ(z) − y)/(N_t·k).
     *
     * @param logits        z, batch × k; not modified
     * @param target        y ∈ {0, 1}, batch × k; not modified
     * @param labelled      which rows carry a label, or {@code null} for all; not modified
     * @param logitGradient output dL/dz; modified (zero in unlabelled rows), or {@code null} for the value only
     * @return the loss value
     */
    public double evaluateLogits(Matrix logits, Matrix target, boolean[] labelled, Matrix logitGradient) {
        return run(true, logits, target, labelled, logitGradient);
    }

    /**
     * The stable form from logits that also writes the probabilities, in one pass and with one exponential
     * per entry: with e = e^−|z|, p = σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z &lt; 0, softplus(±z) =
     * max(±z, 0) + log1p(e); L as in {@link #evaluateLogits(Matrix, Matrix, boolean[], Matrix)} and
     * dL/dz = (p − y)/(N_t·k). The same numbers as {@code Sigmoid.forward}, that method and the fused rule, bit
     * for bit.
     *
     * @param logits        z, batch × k; not modified
     * @param target        y ∈ {0, 1}, batch × k; not modified
     * @param labelled      which rows carry a label, or {@code null} for all; not modified
     * @param probabilities output σ(z) in every row, labelled or not, batch × k; modified
     * @param logitGradient output dL/dz; modified (zero in unlabelled rows), or {@code null} for the value only
     * @return the loss value
     */
    public double evaluateLogits(Matrix logits, Matrix target, boolean[] labelled, Matrix probabilities,
                                 Matrix logitGradient) {
        int labelledRows = LossChecks.requireArguments(name(), logits, target, labelled, logitGradient);
        LossChecks.requireProbabilities(name(), logits, target, probabilities, logitGradient);
        int columns = logits.columns();
        double scale = labelledRows == 0 || columns == 0 ? 0.0 : 1.0 / ((double) labelledRows * columns);
        double[] z = logits.data();
        double[] y = target.data();
        double[] p = probabilities.data();
        double[] g = logitGradient == null ? null : logitGradient.data();
        double total = 0;
        for (int row = 0; row < logits.rows(); row++) {
            boolean isLabelled = LossChecks.isLabelled(labelled, row);
            for (int index = row * columns; index < (row + 1) * columns; index++) {
                double logit = z[index];
                double e = Math.exp(-Math.abs(logit));
                double probability = (logit >= 0 ? 1.0 : e) / (1.0 + e);
                p[index] = probability;
                if (!isLabelled) {
                    if (g != null) {
                        g[index] = 0.0;
                    }
                    continue;
                }
                LossChecks.requireBinary(name(), row, index - row * columns, y[index]);
                double softplusTerm = log1pOfUnit(e);
                total += Math.max(y[index] == 1.0 ? -logit : logit, 0.0) + softplusTerm;
                if (g != null) {
                    g[index] = (probability - y[index]) * scale;
                }
            }
        }
        return total * scale;
    }

    /** softplus(z) = max(z, 0) + log1p(e^−|z|), with {@link #log1pOfUnit}. */
    private static double softplus(double z) {
        return Math.max(z, 0.0) + log1pOfUnit(Math.exp(-Math.abs(z)));
    }

    /**
     * log(1 + e) for e ∈ [0, 1] to within 3 ulps, at the cost of one {@link Math#log} ({@link Math#log1p} costs
     * three times as much here): with u = 1 + e rounded, log(u)·e/(u − 1) cancels the
     * rounding of u (Goldberg, "What every computer scientist should know about floating-point arithmetic",
     * theorem 4), and u = 1 means e is below half an ulp of 1, where log1p(e) = e.
     */
    static double log1pOfUnit(double e) {
        double u = 1.0 + e;
        return u == 1.0 ? e : Math.log(u) * (e / (u - 1.0));
    }

    private double run(boolean fromLogits, Matrix input, Matrix target, boolean[] labelled, Matrix gradient) {
        int labelledRows = LossChecks.requireArguments(name(), input, target, labelled, gradient);
        if (gradient != null) {
            gradient.fillInPlace(0.0);
        }
        int columns = input.columns();
        if (labelledRows == 0 || columns == 0) {
            return 0.0;
        }
        double scale = 1.0 / ((double) labelledRows * columns);
        double[] x = input.data();
        double[] y = target.data();
        double[] g = gradient == null ? null : gradient.data();
        double total = 0;
        for (int row = 0; row < input.rows(); row++) {
            if (!LossChecks.isLabelled(labelled, row)) {
                continue;
            }
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                LossChecks.requireBinary(name(), row, column, y[index]);
                boolean positive = y[index] == 1.0;
                if (fromLogits) {
                    double z = x[index];
                    total += positive ? softplus(-z) : softplus(z);
                    if (g != null) {
                        g[index] = (StableMath.sigmoid(z) - y[index]) * scale;
                    }
                } else {
                    double p = x[index];
                    LossChecks.requireProbability(name(), row, column, p);
                    double argument = Math.max(positive ? p : 1.0 - p, EPSILON);
                    total -= Math.log(argument);
                    if (g != null) {
                        g[index] = (positive ? -1.0 / argument : 1.0 / argument) * scale;
                    }
                }
            }
        }
        return total * scale;
    }
}
