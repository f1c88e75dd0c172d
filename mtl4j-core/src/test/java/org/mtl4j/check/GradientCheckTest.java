package org.mtl4j.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

class GradientCheckTest {

    private static double sumOfSines(Matrix x) {
        double total = 0;
        for (double value : x.data()) {
            total += Math.sin(value);
        }
        return total;
    }

    private static Matrix cosines(Matrix x) {
        return x.copy().mapInPlace(Math::cos);
    }

    @Test
    void correctGradientPassesWellUnderOneInAMillion() {
        Matrix x = Matrix.randomUniform(4, 3, -3, 3, new SplittableRandom(1));
        GradientCheck.Result worst = GradientCheck.check("x", x, cosines(x), () -> sumOfSines(x));
        assertThat(worst.relativeError()).isLessThan(1e-9);
        assertThat(worst.passes(1e-6)).isTrue();
    }

    @Test
    void wrongEntryIsFoundAndNamed() {
        Matrix x = Matrix.randomUniform(3, 4, -3, 3, new SplittableRandom(2));
        Matrix gradient = cosines(x);
        gradient.set(2, 1, gradient.get(2, 1) * 1.001 + 1e-3);
        GradientCheck.Result worst = GradientCheck.check("weights", x, gradient, () -> sumOfSines(x));
        assertThat(worst.block()).isEqualTo("weights");
        assertThat(worst.row()).isEqualTo(2);
        assertThat(worst.column()).isEqualTo(1);
        assertThat(worst.analytic()).isEqualTo(gradient.get(2, 1));
        assertThat(worst.numeric()).isCloseTo(Math.cos(x.get(2, 1)), within(1e-10));
        assertThat(worst.passes(1e-6)).isFalse();
        assertThat(worst.toString()).contains("weights (2, 1)").contains("relative error");
    }

    @Test
    void parametersAreRestoredBitForBitEvenWhenTheLossThrows() {
        Matrix x = Matrix.randomUniform(3, 3, -1e3, 1e3, new SplittableRandom(3));
        Matrix before = x.copy();
        GradientCheck.check("x", x, cosines(x), () -> sumOfSines(x));
        assertThat(x).isEqualTo(before);

        int[] calls = {0};
        assertThatThrownBy(() -> GradientCheck.check("x", x, cosines(x), () -> {
            if (++calls[0] == 6) {
                throw new IllegalStateException("boom");
            }
            return sumOfSines(x);
        })).hasMessage("boom");
        assertThat(x).isEqualTo(before);
    }

    @Test
    void analyticGradientIsCopiedSoTheLossMayReuseItsBuffer() {
        Matrix x = Matrix.randomUniform(2, 2, -1, 1, new SplittableRandom(4));
        Matrix gradient = cosines(x);
        GradientCheck.Result worst = GradientCheck.check("x", x, gradient, () -> {
            gradient.fillInPlace(42.0);
            return sumOfSines(x);
        });
        assertThat(worst.passes(1e-9)).isTrue();
    }

    @Test
    void relativeErrorIsRelativeAboveTheFloorAndAbsoluteBelowIt() {
        assertThat(GradientCheck.relativeError(2.0, 2.000002)).isCloseTo(0.000002 / 2.000002, within(1e-15));
        assertThat(GradientCheck.relativeError(-4.0, 4.0)).isEqualTo(2.0);
        assertThat(GradientCheck.relativeError(0.0, 0.0)).isEqualTo(0.0);
        assertThat(GradientCheck.relativeError(0.0, 1e-13))
                .isCloseTo(1e-13 / GradientCheck.RELATIVE_ERROR_FLOOR, within(1e-20));
        assertThat(GradientCheck.relativeError(Double.NaN, 1.0)).isNaN();
    }

    @Test
    void nanGradientNeverPasses() {
        Matrix x = Matrix.rowVector(0.5, 1.5);
        GradientCheck.Result worst = GradientCheck.check("x", x, Matrix.rowVector(Double.NaN, 0.0), () -> sumOfSines(x));
        assertThat(worst.column()).isEqualTo(0);
        assertThat(worst.passes(1.0)).isFalse();
    }

    @Test
    void checkAllReturnsTheWorstBlock() {
        Matrix first = Matrix.randomUniform(2, 2, -1, 1, new SplittableRandom(5));
        Matrix second = Matrix.randomUniform(3, 1, -1, 1, new SplittableRandom(6));
        Matrix secondGradient = cosines(second);
        secondGradient.set(1, 0, 0.0);
        GradientCheck.Result worst = GradientCheck.checkAll(List.of(
                new GradientCheck.Block("first", first, cosines(first)),
                new GradientCheck.Block("second", second, secondGradient)),
                () -> sumOfSines(first) + sumOfSines(second));
        assertThat(worst.block()).isEqualTo("second");
        assertThat(worst.row()).isEqualTo(1);
        assertThat(worst.relativeError()).isEqualTo(1.0);
    }

    @Test
    void emptyBlockReportsNoEntry() {
        GradientCheck.Result result = GradientCheck.check("empty", Matrix.zeros(0, 3), Matrix.zeros(0, 3), () -> 1.0);
        assertThat(result.row()).isEqualTo(-1);
        assertThat(result.passes(0.0)).isTrue();
    }

    @Test
    void mismatchedShapesAndBadStepsAreRejected() {
        assertThatThrownBy(() -> GradientCheck.check("w", Matrix.zeros(2, 2), Matrix.zeros(2, 3), () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2×3]");
        assertThatThrownBy(() -> GradientCheck.check("w", Matrix.zeros(1, 1), Matrix.zeros(1, 1), () -> 0.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> GradientCheck.checkAll(List.of(), () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
