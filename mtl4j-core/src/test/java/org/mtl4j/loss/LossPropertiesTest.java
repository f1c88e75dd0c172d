package org.mtl4j.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.check.GradientCheck;
import org.mtl4j.math.Matrix;
import org.mtl4j.testing.Samples;

class LossPropertiesTest {

    @Provide
    Arbitrary<Loss> losses() {
        return Arbitraries.of(Loss.all());
    }

    @Property(tries = 50)
    void gradientMatchesFiniteDifferences(@ForAll("losses") Loss loss, @ForAll boolean masked,
                                          @ForAll @IntRange(min = 1, max = 8) int rows,
                                          @ForAll @IntRange(min = 1, max = 6) int columns,
                                          @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix prediction = Samples.predictions(loss, rows, columns, random);
        Matrix target = Samples.targets(loss, rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        GradientCheck.Result worst = GradientCheck.checkLoss(loss, prediction, target, labelled);
        assertThat(worst.relativeError()).as("%s", worst).isLessThanOrEqualTo(1e-6);
    }

    @Property(tries = 50)
    void logitGradientMatchesFiniteDifferences(@ForAll boolean categorical, @ForAll boolean masked,
                                               @ForAll @IntRange(min = 1, max = 8) int rows,
                                               @ForAll @IntRange(min = 1, max = 6) int columns,
                                               @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Loss loss = categorical ? new CategoricalCrossEntropy() : new BinaryCrossEntropy();
        Matrix logits = Samples.uniformAwayFromZero(rows, columns, -5, 5, random);
        Matrix target = Samples.targets(loss, rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        Matrix gradient = Matrix.zeros(rows, columns);
        evaluateLogits(loss, logits, target, labelled, gradient);
        GradientCheck.Result worst = GradientCheck.check(loss.name() + " logits", logits, gradient,
                () -> evaluateLogits(loss, logits, target, labelled, null));
        assertThat(worst.relativeError()).as("%s", worst).isLessThanOrEqualTo(1e-6);
    }

    @Property(tries = 50)
    void logitFormEqualsProbabilityFormOfTheActivation(@ForAll boolean categorical, @ForAll boolean masked,
                                                       @ForAll @IntRange(min = 1, max = 8) int rows,
                                                       @ForAll @IntRange(min = 1, max = 6) int columns,
                                                       @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Loss loss = categorical ? new CategoricalCrossEntropy() : new BinaryCrossEntropy();
        Activation activation = categorical ? new Softmax() : new Sigmoid();
        Matrix logits = Matrix.randomUniform(rows, columns, -8, 8, random);
        Matrix probabilities = Matrix.zeros(rows, columns);
        activation.forward(logits, probabilities);
        Matrix target = Samples.targets(loss, rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        double fromLogits = evaluateLogits(loss, logits, target, labelled, null);
        double fromProbabilities = loss.evaluate(probabilities, target, labelled, null);
        assertThat(fromLogits).isCloseTo(fromProbabilities, within(1e-12 * Math.max(1, fromLogits)));
    }

    @Property(tries = 50)
    void lossIsNonNegativeAndLeavesItsInputsUnchanged(@ForAll("losses") Loss loss, @ForAll boolean masked,
                                                      @ForAll @IntRange(min = 1, max = 8) int rows,
                                                      @ForAll @IntRange(min = 1, max = 6) int columns,
                                                      @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix prediction = Samples.predictions(loss, rows, columns, random);
        Matrix target = Samples.targets(loss, rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        Matrix predictionBefore = prediction.copy();
        Matrix targetBefore = target.copy();
        boolean[] labelledBefore = labelled == null ? null : labelled.clone();
        double value = loss.evaluate(prediction, target, labelled, Matrix.zeros(rows, columns));
        assertThat(value).isGreaterThanOrEqualTo(0.0);
        assertThat(prediction).isEqualTo(predictionBefore);
        assertThat(target).isEqualTo(targetBefore);
        assertThat(labelled).isEqualTo(labelledBefore);
    }

    private static double evaluateLogits(Loss loss, Matrix logits, Matrix target, boolean[] labelled, Matrix gradient) {
        return switch (loss) {
            case BinaryCrossEntropy binary -> binary.evaluateLogits(logits, target, labelled, gradient);
            case CategoricalCrossEntropy categorical -> categorical.evaluateLogits(logits, target, labelled, gradient);
            case SquaredError squaredError -> throw new IllegalArgumentException("no logit form");
        };
    }
}
