package org.mtl4j.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.math.Matrix;
import org.mtl4j.testing.Samples;

/**
 * The one-pass logits forms that also write the probabilities: the same numbers, bit for bit, as the
 * activation's forward, the value-only logits form and the fused rule (Ŷ − Y)·c.
 */
class LogitsWithProbabilitiesTest {

    @Property(tries = 100)
    void onePassEqualsActivationThenLogitsFormThenFusedRule(@ForAll boolean categorical, @ForAll boolean masked,
                                                             @ForAll @IntRange(min = 1, max = 9) int rows,
                                                             @ForAll @IntRange(min = 1, max = 6) int columns,
                                                             @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Loss loss = categorical ? new CategoricalCrossEntropy() : new BinaryCrossEntropy();
        int width = categorical ? Math.max(2, columns) : columns;
        Matrix logits = Samples.uniformAwayFromZero(rows, width, -40, 40, random);
        Matrix target = Samples.targets(loss, rows, width, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);

        Matrix probabilities = Matrix.zeros(rows, width);
        Matrix gradient = Matrix.filled(rows, width, Double.NaN);
        double value = categorical
                ? ((CategoricalCrossEntropy) loss).evaluateLogits(logits, target, labelled, probabilities, gradient)
                : ((BinaryCrossEntropy) loss).evaluateLogits(logits, target, labelled, probabilities, gradient);

        Activation activation = categorical ? new Softmax() : new Sigmoid();
        Matrix expectedProbabilities = Matrix.zeros(rows, width);
        activation.forward(logits, expectedProbabilities);
        double expectedValue = categorical
                ? ((CategoricalCrossEntropy) loss).evaluateLogits(logits, target, labelled, null)
                : ((BinaryCrossEntropy) loss).evaluateLogits(logits, target, labelled, null);
        int labelledRows = Loss.labelledCount(labelled, rows);
        double constant = labelledRows == 0 ? 0 : categorical ? 1.0 / labelledRows : 1.0 / ((double) labelledRows * width);

        assertThat(probabilities).isEqualTo(expectedProbabilities);
        assertThat(value).isEqualTo(expectedValue);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < width; column++) {
                double expected = labelled == null || labelled[row]
                        ? (expectedProbabilities.get(row, column) - target.get(row, column)) * constant : 0.0;
                assertThat(gradient.get(row, column)).as("(%d, %d)", row, column).isEqualTo(expected);
            }
        }
    }

    @Test
    void log1pOfUnitIsWithinThreeUlpsOfLog1p() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double e = i < 50_000 ? random.nextDouble() : Math.exp(-random.nextDouble(0, 745));
            double exact = Math.log1p(e);
            assertThat(BinaryCrossEntropy.log1pOfUnit(e)).as("log1p(%s)", e).isCloseTo(exact, within(3 * Math.ulp(exact)));
        }
        assertThat(BinaryCrossEntropy.log1pOfUnit(0.0)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.log1pOfUnit(1.0)).isEqualTo(Math.log(2));
        assertThat(BinaryCrossEntropy.log1pOfUnit(1e-300)).isEqualTo(1e-300);
    }

    @Test
    void valueOnlyLeavesNoGradientAndStaysFiniteForHugeLogits() {
        Matrix logits = Matrix.rowVector(-1000, 1000);
        Matrix probabilities = Matrix.zeros(1, 2);
        assertThat(new BinaryCrossEntropy().evaluateLogits(logits, Matrix.rowVector(1, 0), null, probabilities, null))
                .isEqualTo(1000.0);
        assertThat(probabilities.data()).containsExactly(0.0, 1.0);
        assertThat(new CategoricalCrossEntropy().evaluateLogits(Matrix.rowVector(0, 1000), Matrix.rowVector(1, 0),
                null, probabilities, null)).isEqualTo(1000.0);
        assertThat(probabilities.data()).containsExactly(0.0, 1.0);
    }

    @Test
    void rejectsProbabilitiesOfAnotherShapeOrSharingStorage() {
        Matrix logits = Matrix.rowVector(0.5, -0.5);
        Matrix target = Matrix.rowVector(1, 0);
        assertThatThrownBy(() -> new BinaryCrossEntropy().evaluateLogits(logits, target, null, Matrix.zeros(2, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probabilities [2×1] and logits [1×2]");
        assertThatThrownBy(() -> new CategoricalCrossEntropy().evaluateLogits(logits, target, null, logits, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share storage");
        Matrix gradient = Matrix.zeros(1, 2);
        assertThatThrownBy(() -> new CategoricalCrossEntropy().evaluateLogits(logits, target, null, gradient, gradient))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share storage");
    }

    @Test
    void namesTheRowOfABadTarget() {
        Matrix probabilities = Matrix.zeros(2, 2);
        assertThatThrownBy(() -> new CategoricalCrossEntropy().evaluateLogits(Matrix.zeros(2, 2),
                Matrix.of(new double[][] {{1, 0}, {0.5, 0.5}}), null, probabilities, null))
                .hasMessageContaining("target row 1 is not one-hot: 0.5 at column 0");
        assertThatThrownBy(() -> new BinaryCrossEntropy().evaluateLogits(Matrix.zeros(2, 1),
                Matrix.of(new double[][] {{1}, {0.5}}), null, Matrix.zeros(2, 1), null))
                .hasMessageContaining("target 0.5 at (1, 0) is not 0 or 1");
    }
}
