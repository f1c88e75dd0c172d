package org.mtl4j.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

class LossTest {
    private static final double MINUS_LOG_EPSILON = 34.5387764;

    private static Matrix one(double value) {
        return Matrix.rowVector(value);
    }

    @Test
    void squaredErrorOfThreeAgainstOneIsFourWithGradientFour() {
        Matrix gradient = Matrix.zeros(1, 1);
        assertThat(new SquaredError().evaluate(one(3), one(1), null, gradient)).isEqualTo(4.0);
        assertThat(gradient.get(0, 0)).isEqualTo(4.0);
    }

    @Test
    void squaredErrorAveragesOverLabelledRowsAndOutputs() {
        Matrix prediction = Matrix.of(new double[][] {{1, 2}, {0, 0}, {5, 5}});
        Matrix target = Matrix.of(new double[][] {{0, 0}, {9, 9}, {5, 3}});
        Matrix gradient = Matrix.zeros(3, 2);
        double value = new SquaredError().evaluate(prediction, target, new boolean[] {true, false, true}, gradient);
        assertThat(value).isEqualTo((1 + 4 + 0 + 4) / (2.0 * 2));
        assertThat(gradient).isEqualTo(Matrix.of(new double[][] {{0.5, 1.0}, {0, 0}, {0, 1.0}}));
    }

    @Test
    void binaryCrossEntropyOfCorrectCertainPredictionsIsExactlyZero() {
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        assertEquals(0.0, loss.evaluate(one(1), one(1), null, Matrix.zeros(1, 1)));
        assertEquals(0.0, loss.evaluate(one(0), one(0), null, Matrix.zeros(1, 1)));
    }

    @Test
    void binaryCrossEntropyOfCertainWrongPredictionIsFiniteThroughTheClip() {
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        Matrix gradient = Matrix.zeros(1, 1);
        assertThat(loss.evaluate(one(0), one(1), null, gradient)).isCloseTo(MINUS_LOG_EPSILON, within(1e-7));
        assertThat(gradient.get(0, 0)).isEqualTo(-1 / BinaryCrossEntropy.EPSILON);
        assertThat(loss.evaluate(one(1), one(0), null, null)).isCloseTo(MINUS_LOG_EPSILON, within(1e-7));
    }

    @Test
    void binaryCrossEntropyFromLogitsStaysExactFarIntoSaturation() {
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        Matrix gradient = Matrix.zeros(1, 2);
        double value = loss.evaluateLogits(Matrix.rowVector(-1000, 1000), Matrix.rowVector(1, 0), null, gradient);
        assertThat(value).isEqualTo(1000.0);
        assertThat(gradient.data()).containsExactly(-0.5, 0.5);
        assertEquals(0.0, loss.evaluateLogits(Matrix.rowVector(1000, -1000), Matrix.rowVector(1, 0), null, null));
    }

    @Test
    void binaryCrossEntropyFromLogitsAgreesWithTheProbabilityForm() {
        Matrix logits = Matrix.of(new double[][] {{-3.5, 0.2}, {4.0, -0.7}});
        Matrix target = Matrix.of(new double[][] {{0, 1}, {1, 1}});
        Matrix probabilities = logits.copy().mapInPlace(z -> 1 / (1 + Math.exp(-z)));
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        assertThat(loss.evaluateLogits(logits, target, null, null))
                .isCloseTo(loss.evaluate(probabilities, target, null, null), within(1e-14));
    }

    @Test
    void binaryTargetOutsideZeroOneIsAnErrorNamingTheValue() {
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        for (double bad : new double[] {2.0, -1.0, 0.5}) {
            assertThatThrownBy(() -> loss.evaluate(one(0.3), one(bad), null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(bad));
            assertThatThrownBy(() -> loss.evaluateLogits(one(0.3), one(bad), null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(bad));
        }
    }

    @Test
    void probabilityOutsideUnitIntervalIsAnErrorNamingTheValue() {
        assertThatThrownBy(() -> new BinaryCrossEntropy().evaluate(one(-0.25), one(1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.25");
        assertThatThrownBy(() -> new CategoricalCrossEntropy().evaluate(Matrix.rowVector(1.5, -0.5),
                Matrix.rowVector(1, 0), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void categoricalCrossEntropyFromLogitsIsExactForHugeLogits() {
        CategoricalCrossEntropy loss = new CategoricalCrossEntropy();
        Matrix gradient = Matrix.zeros(1, 2);
        assertThat(loss.evaluateLogits(Matrix.rowVector(0, 1000), Matrix.rowVector(1, 0), null, gradient))
                .isEqualTo(1000.0);
        assertThat(gradient.allFinite()).isTrue();
        assertThat(gradient.data()).containsExactly(-1.0, 1.0);

        Matrix gradient3 = Matrix.zeros(1, 3);
        assertThat(loss.evaluateLogits(Matrix.rowVector(-431, 279, 427), Matrix.rowVector(1, 0, 0), null, gradient3))
                .isEqualTo(858.0);
        assertThat(gradient3.allFinite()).isTrue();
        assertThat(gradient3.data()).containsExactly(new double[] {-1.0, 0.0, 1.0}, within(1e-60));
    }

    @Test
    void categoricalCrossEntropyOfProbabilitiesMatchesTheSeedFormula() {
        Matrix gradient = Matrix.zeros(1, 3);
        double value = new CategoricalCrossEntropy().evaluate(Matrix.rowVector(0.7, 0.2, 0.1),
                Matrix.rowVector(1, 0, 0), null, gradient);
        assertThat(value).isCloseTo(0.3566749, within(1e-7));
        assertThat(gradient.data()).containsExactly(new double[] {-1 / 0.7, 0, 0}, within(1e-15));
    }

    @Test
    void categoricalCrossEntropyOfZeroProbabilityForTheTrueClassIsClipped() {
        assertThat(new CategoricalCrossEntropy().evaluate(Matrix.rowVector(0, 1), Matrix.rowVector(1, 0), null, null))
                .isCloseTo(MINUS_LOG_EPSILON, within(1e-7));
    }

    @Test
    void categoricalTargetThatIsNotOneHotIsAnError() {
        CategoricalCrossEntropy loss = new CategoricalCrossEntropy();
        assertThatThrownBy(() -> loss.evaluateLogits(Matrix.rowVector(0, 0), Matrix.rowVector(0.5, 0.5), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
        assertThatThrownBy(() -> loss.evaluateLogits(Matrix.rowVector(0, 0), Matrix.rowVector(1, 1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second 1");
        assertThatThrownBy(() -> loss.evaluateLogits(Matrix.rowVector(0, 0), Matrix.rowVector(0, 0), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 1");
    }

    @Test
    void oneHotBuildsRowsFromClassIndices() {
        assertThat(CategoricalCrossEntropy.oneHot(new int[] {2, 0}, 3))
                .isEqualTo(Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}}));
        assertThatThrownBy(() -> CategoricalCrossEntropy.oneHot(new int[] {3}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class 3");
    }

    @Test
    void noLabelledRowsGiveZeroLossAndZeroGradient() {
        boolean[] none = {false, false};
        Matrix prediction = Matrix.of(new double[][] {{0.3, 0.7}, {0.6, 0.4}});
        Matrix target = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        for (Loss loss : Loss.all()) {
            Matrix gradient = Matrix.filled(2, 2, 9.0);
            assertThat(loss.evaluate(prediction, target, none, gradient)).as(loss.name()).isEqualTo(0.0);
            assertThat(gradient.maxAbs()).as(loss.name()).isEqualTo(0.0);
        }
    }

    @Test
    void unlabelledRowsMayHoldAnythingAndGetZeroGradient() {
        boolean[] firstOnly = {true, false};
        Matrix prediction = Matrix.of(new double[][] {{0.3, 0.7}, {0.6, 0.4}});
        Matrix target = Matrix.of(new double[][] {{1, 0}, {7, -3}});
        for (Loss loss : List.of(new SquaredError(), new BinaryCrossEntropy(), new CategoricalCrossEntropy())) {
            Matrix gradient = Matrix.zeros(2, 2);
            double masked = loss.evaluate(prediction, target, firstOnly, gradient);
            double firstRow = loss.evaluate(prediction.selectRows(new int[] {0}), target.selectRows(new int[] {0}),
                    null, null);
            assertThat(masked).as(loss.name()).isEqualTo(firstRow);
            assertThat(gradient.rowCopy(1)).as(loss.name()).containsExactly(0.0, 0.0);
        }
    }

    @Test
    void aGradientSharingStorageWithAnInputIsRejected() {
        Matrix prediction = Matrix.rowVector(0.3, 0.7);
        Matrix target = Matrix.rowVector(0, 1);
        for (Loss loss : Loss.all()) {
            assertThatThrownBy(() -> loss.evaluate(prediction, target, null, prediction))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares storage");
        }
    }

    @Test
    void shapeAndMaskMismatchesAreRejected() {
        for (Loss loss : Loss.all()) {
            assertThatThrownBy(() -> loss.evaluate(Matrix.zeros(2, 3), Matrix.zeros(3, 2), null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2×3]");
            assertThatThrownBy(() -> loss.evaluate(Matrix.zeros(2, 1), Matrix.zeros(2, 1), new boolean[3], null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 flags");
        }
    }

    @Test
    void lookupByNameRoundTripsEveryLoss() {
        assertThat(Loss.names()).containsExactly("squared_error", "binary_cross_entropy", "categorical_cross_entropy");
        for (String name : Loss.names()) {
            assertThat(Loss.byName(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> Loss.byName("hinge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hinge")
                .hasMessageContaining("squared_error, binary_cross_entropy, categorical_cross_entropy");
        List<Class<?>> listed = Loss.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(listed).containsExactlyInAnyOrder(Loss.class.getPermittedSubclasses());
    }
}
