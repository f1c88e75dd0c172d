package org.mtl4j.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Identity;
import org.mtl4j.activation.Relu;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.activation.Tanh;
import org.mtl4j.loss.BinaryCrossEntropy;
import org.mtl4j.loss.CategoricalCrossEntropy;
import org.mtl4j.loss.Loss;
import org.mtl4j.loss.SquaredError;
import org.mtl4j.math.Matrix;

class HeadObjectiveTest {

    private static Matrix gradient(HeadObjective head, Matrix logits, Matrix target, boolean[] labelled) {
        Matrix gradient = Matrix.zeros(logits.rows(), logits.columns());
        head.evaluate(logits, target, labelled, Matrix.zeros(logits.rows(), logits.columns()), gradient);
        return gradient;
    }

    @Test
    void exactlyThreePairsAreCanonical() {
        int canonical = 0;
        for (Activation activation : Activation.all()) {
            for (Loss loss : Loss.all()) {
                if (new HeadObjective(activation, loss).isCanonical()) {
                    canonical++;
                }
            }
        }
        assertThat(canonical).isEqualTo(3);
        assertThat(new HeadObjective(new Identity(), new SquaredError()).isCanonical()).isTrue();
        assertThat(new HeadObjective(new Sigmoid(), new BinaryCrossEntropy()).isCanonical()).isTrue();
        assertThat(new HeadObjective(new Softmax(), new CategoricalCrossEntropy()).isCanonical()).isTrue();
    }

    @Test
    void fusedRuleEqualsChainRuleForTheCanonicalPairs() {
        Matrix logits = Matrix.of(new double[][] {{0.4, -1.3, 2.2}, {-0.6, 0.9, 0.1}, {1.7, -2.4, -0.3}});
        boolean[] labelled = {true, false, true};
        Matrix[] targets = {
            Matrix.of(new double[][] {{1.5, -0.2, 0.3}, {0, 0, 0}, {-1, 2, 0.5}}),
            Matrix.of(new double[][] {{1, 0, 1}, {0, 0, 0}, {0, 0, 1}}),
            Matrix.of(new double[][] {{0, 0, 1}, {0, 0, 0}, {1, 0, 0}}),
        };
        HeadObjective[] pairs = {
            new HeadObjective(new Identity(), new SquaredError(), BackwardRule.SIMPLIFIED),
            new HeadObjective(new Sigmoid(), new BinaryCrossEntropy(), BackwardRule.SIMPLIFIED),
            new HeadObjective(new Softmax(), new CategoricalCrossEntropy(), BackwardRule.SIMPLIFIED),
        };
        for (int p = 0; p < pairs.length; p++) {
            HeadObjective fused = pairs[p];
            HeadObjective chain = new HeadObjective(fused.activation(), fused.loss(), BackwardRule.CHAIN_RULE);
            Matrix fusedGradient = gradient(fused, logits, targets[p], labelled);
            assertThat(fusedGradient.equalsWithin(gradient(chain, logits, targets[p], labelled), 1e-14))
                    .as(fused.toString()).isTrue();
            assertThat(fusedGradient.rowCopy(1)).containsExactly(0.0, 0.0, 0.0);
        }
    }

    @Test
    void fusedConstantsAreTwoOverNkOneOverNkAndOneOverN() {
        assertThat(new HeadObjective(new Identity(), new SquaredError()).fusedConstant(4, 3)).isEqualTo(2.0 / 12);
        assertThat(new HeadObjective(new Sigmoid(), new BinaryCrossEntropy()).fusedConstant(4, 3)).isEqualTo(1.0 / 12);
        assertThat(new HeadObjective(new Softmax(), new CategoricalCrossEntropy()).fusedConstant(4, 3)).isEqualTo(0.25);
        assertThat(new HeadObjective(new Softmax(), new CategoricalCrossEntropy()).fusedConstant(0, 3)).isEqualTo(0.0);
        assertThatThrownBy(() -> new HeadObjective(new Tanh(), new SquaredError()).fusedConstant(4, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tanh + squared_error");
    }

    @Test
    void sigmoidWithSquaredErrorNeedsTheChainRule() {
        Matrix logits = Matrix.rowVector(2.0);
        Matrix target = Matrix.rowVector(0.0);
        HeadObjective head = new HeadObjective(new Sigmoid(), new SquaredError());
        Matrix output = Matrix.zeros(1, 1);
        Matrix logitGradient = Matrix.zeros(1, 1);
        double value = head.evaluate(logits, target, null, output, logitGradient);
        double sigmoid = output.get(0, 0);
        assertThat(head.usesFusedRule()).isFalse();
        assertThat(value).isCloseTo(sigmoid * sigmoid, within(1e-15));
        assertThat(logitGradient.get(0, 0)).isCloseTo(0.1849561, within(1e-7));
        double shortcut = sigmoid - target.get(0, 0);
        assertThat(shortcut).isCloseTo(0.8807971, within(1e-7));
        assertThat(Math.abs(shortcut - logitGradient.get(0, 0))).isGreaterThan(0.5);
    }

    @Test
    void simplifiedRuleWithANonCanonicalPairIsRejectedNamingThePair() {
        assertThatThrownBy(() -> new HeadObjective(new Sigmoid(), new SquaredError(), BackwardRule.SIMPLIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sigmoid + squared_error");
        assertThatThrownBy(() -> new HeadObjective(new Relu(), new CategoricalCrossEntropy(), BackwardRule.SIMPLIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relu + categorical_cross_entropy");
    }

    @Test
    void autoPicksTheFusedRuleExactlyForCanonicalPairs() {
        for (Activation activation : Activation.all()) {
            for (Loss loss : Loss.all()) {
                HeadObjective auto = new HeadObjective(activation, loss);
                assertThat(auto.rule()).isEqualTo(BackwardRule.AUTO);
                assertThat(auto.usesFusedRule()).as(auto.toString()).isEqualTo(auto.isCanonical());
                assertThat(new HeadObjective(activation, loss, BackwardRule.CHAIN_RULE).usesFusedRule()).isFalse();
            }
        }
    }

    @Test
    void fusedRuleStaysExactWhereTheChainRuleLosesTheSaturatedSigmoid() {
        Matrix logits = Matrix.rowVector(1000.0);
        Matrix target = Matrix.rowVector(0.0);
        HeadObjective auto = new HeadObjective(new Sigmoid(), new BinaryCrossEntropy());
        HeadObjective chain = new HeadObjective(new Sigmoid(), new BinaryCrossEntropy(), BackwardRule.CHAIN_RULE);
        Matrix output = Matrix.zeros(1, 1);
        Matrix autoGradient = Matrix.zeros(1, 1);
        assertThat(auto.evaluate(logits, target, null, output, autoGradient)).isEqualTo(1000.0);
        assertThat(autoGradient.get(0, 0)).isEqualTo(1.0);
        Matrix chainGradient = Matrix.zeros(1, 1);
        assertThat(chain.evaluate(logits, target, null, output, chainGradient)).isEqualTo(1000.0);
        assertThat(chainGradient.get(0, 0)).isEqualTo(0.0);
    }

    @Test
    void lossValueOfSoftmaxCrossEntropyComesFromTheLogits() {
        HeadObjective head = new HeadObjective(new Softmax(), new CategoricalCrossEntropy(), BackwardRule.CHAIN_RULE);
        Matrix output = Matrix.zeros(1, 3);
        assertThat(head.evaluate(Matrix.rowVector(-431, 279, 427), Matrix.rowVector(1, 0, 0), null, output, null))
                .isEqualTo(858.0);
        assertThat(output.get(0, 0)).isEqualTo(0.0);
    }

    @Test
    void outputHoldsTheActivationOfTheLogits() {
        Matrix logits = Matrix.of(new double[][] {{0.5, -1.0}, {2.0, 0.0}});
        Matrix output = Matrix.zeros(2, 2);
        new HeadObjective(new Tanh(), new SquaredError()).evaluate(logits, Matrix.zeros(2, 2), null, output, null);
        assertThat(output).isEqualTo(logits.copy().mapInPlace(Math::tanh));
    }

    @Test
    void nonProbabilityOutputWithACrossEntropyFailsAtEvaluation() {
        HeadObjective head = new HeadObjective(new Identity(), new BinaryCrossEntropy());
        assertThatThrownBy(() -> gradient(head, Matrix.rowVector(-0.5), Matrix.rowVector(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
    }

    @Test
    void sharedStorageAndShapeMismatchesAreRejected() {
        HeadObjective head = new HeadObjective(new Identity(), new SquaredError());
        Matrix logits = Matrix.zeros(2, 2);
        Matrix target = Matrix.zeros(2, 2);
        assertThatThrownBy(() -> head.evaluate(logits, target, null, logits, Matrix.zeros(2, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares storage");
        assertThatThrownBy(() -> head.evaluate(logits, target, null, target, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output shares storage with target");
        Matrix output = Matrix.zeros(2, 2);
        assertThatThrownBy(() -> head.evaluate(logits, target, null, output, output))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares storage");
        assertThatThrownBy(() -> head.evaluate(logits, target, null, output, Matrix.zeros(2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2×3]");
    }
}
