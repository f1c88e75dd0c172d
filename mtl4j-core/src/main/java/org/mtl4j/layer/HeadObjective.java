package org.mtl4j.layer;

import java.util.Objects;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Identity;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.loss.BinaryCrossEntropy;
import org.mtl4j.loss.CategoricalCrossEntropy;
import org.mtl4j.loss.Loss;
import org.mtl4j.loss.SquaredError;
import org.mtl4j.math.Matrix;

/**
 * A head's output activation and loss, and the rule that takes the loss back to the logits:
 * Ŷ = f(Z), L = loss(Ŷ, Y) over the labelled rows, and dL/dZ.
 *
 * <p>Two ways to dL/dZ ({@link BackwardRule}):
 * <ul>
 *   <li>the chain rule (seed section 5.3), for any pair: the loss writes dL/dŶ, the activation's backward
 *       turns it into dL/dZ;</li>
 *   <li>the fused rule (seed section 5.4), dL/dZ = (Ŷ − Y)·c in labelled rows and 0 elsewhere, exact only for
 *       the canonical pairs, with N_t labelled rows and k outputs:
 *       identity + squared error c = 2/(N_t·k); sigmoid + binary cross-entropy c = 1/(N_t·k) (1/N_t for the
 *       usual k = 1); softmax + categorical cross-entropy c = 1/N_t. The seed's "dL/dY_pred = Y_pred − Y" is
 *       this rule with c = 1, i.e. a sum instead of a mean (and squared error with a ½).</li>
 * </ul>
 * For sigmoid + binary and softmax + categorical cross-entropy the loss <em>value</em> always comes from the
 * logits (the stable log-sigmoid / log-softmax forms), whatever the rule; for other pairs from Ŷ. The fused
 * rule is also the stable one: through the chain rule a saturated sigmoid multiplies a clipped 1/ε by a
 * derivative that has rounded to 0.
 *
 * <p>A pair whose activation can leave [0, 1] (identity, tanh, relu) with a cross-entropy is allowed but
 * fails at evaluation as soon as an output is not a probability.
 *
 * @param activation the output activation f
 * @param loss       the loss
 * @param rule       how dL/dZ is formed; {@link BackwardRule#SIMPLIFIED} requires a canonical pair
 */
public record HeadObjective(Activation activation, Loss loss, BackwardRule rule) {

    public HeadObjective {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(rule, "rule");
        if (rule == BackwardRule.SIMPLIFIED && !isCanonical(activation, loss)) {
            throw new IllegalArgumentException("the simplified backward rule (Ŷ − Y)·c is exact only for identity"
                    + " + squared_error, sigmoid + binary_cross_entropy and softmax + categorical_cross_entropy,"
                    + " not " + activation.name() + " + " + loss.name() + "; use CHAIN_RULE or AUTO");
        }
    }

    /** The pair with {@link BackwardRule#AUTO}. */
    public HeadObjective(Activation activation, Loss loss) {
        this(activation, loss, BackwardRule.AUTO);
    }

    /** True for identity + squared error, sigmoid + binary cross-entropy, softmax + categorical cross-entropy. */
    public boolean isCanonical() {
        return isCanonical(activation, loss);
    }

    private static boolean isCanonical(Activation activation, Loss loss) {
        return activation instanceof Identity && loss instanceof SquaredError
                || activation instanceof Sigmoid && loss instanceof BinaryCrossEntropy
                || activation instanceof Softmax && loss instanceof CategoricalCrossEntropy;
    }

    /** True when {@link #evaluate} forms dL/dZ by the fused rule: a canonical pair under AUTO or SIMPLIFIED. */
    public boolean usesFusedRule() {
        return rule != BackwardRule.CHAIN_RULE && isCanonical();
    }

    /**
     * The constant c of the fused rule dL/dZ = (Ŷ − Y)·c: 2/(N_t·k), 1/(N_t·k) or 1/N_t (see the class
     * comment); 0 when N_t = 0.
     *
     * @param labelledRows N_t
     * @param outputs      k, the head's width
     * @throws IllegalStateException for a pair that is not canonical
     */
    public double fusedConstant(int labelledRows, int outputs) {
        if (labelledRows == 0 || outputs == 0) {
            return 0.0;
        }
        return switch (loss) {
            case SquaredError squaredError when activation instanceof Identity ->
                    2.0 / ((double) labelledRows * outputs);
            case BinaryCrossEntropy binary when activation instanceof Sigmoid ->
                    1.0 / ((double) labelledRows * outputs);
            case CategoricalCrossEntropy categorical when activation instanceof Softmax -> 1.0 / labelledRows;
            default -> throw new IllegalStateException("no fused rule for " + activation.name() + " + "
                    + loss.name());
        };
    }

    /**
     * Runs the activation forward, evaluates the loss and writes dL/dZ.
     *
     * @param logits        Z, batch × k; not modified
     * @param target        Y, batch × k in the loss's encoding; not modified
     * @param labelled      which rows carry a label, or {@code null} for all; not modified
     * @param output        Ŷ = f(Z), batch × k; modified. Must not share storage with {@code logits} or
     *                      {@code target}.
     * @param logitGradient dL/dZ, batch × k; modified (zero in unlabelled rows), or {@code null} for the value
     *                      only. Must not share storage with the other matrices. The chain rule uses it as
     *                      the dL/dŶ buffer too, so nothing is allocated.
     * @return the loss value, the one to log
     */
    public double evaluate(Matrix logits, Matrix target, boolean[] labelled, Matrix output, Matrix logitGradient) {
        requireSeparate(output, logits, "output", "logits");
        requireSeparate(output, target, "output", "target");
        if (logitGradient != null) {
            if (!logitGradient.sameShape(logits)) {
                throw new IllegalArgumentException("HeadObjective: logitGradient " + logitGradient.shape()
                        + " and logits " + logits.shape() + " differ");
            }
            requireSeparate(logitGradient, logits, "logitGradient", "logits");
            requireSeparate(logitGradient, output, "logitGradient", "output");
            requireSeparate(logitGradient, target, "logitGradient", "target");
        }
        if (isCanonical() && (logitGradient == null || usesFusedRule())) {
            return fusedEvaluate(logits, target, labelled, output, logitGradient);
        }
        activation.forward(logits, output);
        double value = stableValue(logits, target, labelled, output);
        if (logitGradient == null) {
            return value;
        }
        loss.evaluate(output, target, labelled, logitGradient);
        activation.backward(logits, output, logitGradient, logitGradient);
        return value;
    }

    /**
     * A canonical pair in one pass over the logits: Ŷ, the stable value and (unless {@code logitGradient} is
     * null) the fused rule's dL/dZ = (Ŷ − Y)·c. For identity + squared error the loss's own gradient
     * 2(ŷ − y)/(N_t·k) is that rule exactly; the cross-entropies' logits forms share each exponential
     * between Ŷ, the value and the gradient.
     */
    private double fusedEvaluate(Matrix logits, Matrix target, boolean[] labelled, Matrix output,
                                 Matrix logitGradient) {
        if (loss instanceof BinaryCrossEntropy binary) {
            return binary.evaluateLogits(logits, target, labelled, output, logitGradient);
        }
        if (loss instanceof CategoricalCrossEntropy categorical) {
            return categorical.evaluateLogits(logits, target, labelled, output, logitGradient);
        }
        activation.forward(logits, output);
        return loss.evaluate(output, target, labelled, logitGradient);
    }

    private double stableValue(Matrix logits, Matrix target, boolean[] labelled, Matrix output) {
        if (activation instanceof Sigmoid && loss instanceof BinaryCrossEntropy binary) {
            return binary.evaluateLogits(logits, target, labelled, null);
        }
        if (activation instanceof Softmax && loss instanceof CategoricalCrossEntropy categorical) {
            return categorical.evaluateLogits(logits, target, labelled, null);
        }
        return loss.evaluate(output, target, labelled, null);
    }

    private static void requireSeparate(Matrix first, Matrix second, String firstName, String secondName) {
        if (first.data() == second.data()) {
            throw new IllegalArgumentException("HeadObjective: " + firstName + " shares storage with "
                    + secondName + "; pass separate matrices");
        }
    }

    @Override
    public String toString() {
        return activation.name() + " + " + loss.name() + " (" + rule + ")";
    }
}
