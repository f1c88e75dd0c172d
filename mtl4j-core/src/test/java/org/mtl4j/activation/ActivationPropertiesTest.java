package org.mtl4j.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mtl4j.check.GradientCheck;
import org.mtl4j.math.Matrix;
import org.mtl4j.testing.Samples;

class ActivationPropertiesTest {

    @Provide
    Arbitrary<Activation> activations() {
        return Arbitraries.of(Activation.all());
    }

    @Property(tries = 50)
    void backwardMatchesFiniteDifferences(@ForAll("activations") Activation activation,
                                          @ForAll @IntRange(min = 1, max = 8) int rows,
                                          @ForAll @IntRange(min = 1, max = 6) int columns,
                                          @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix z = Samples.uniformAwayFromZero(rows, columns, -5, 5, random);
        Matrix upstream = Matrix.randomUniform(rows, columns, -1, 1, random);
        GradientCheck.Result worst = GradientCheck.checkActivation(activation, z, upstream);
        assertThat(worst.relativeError()).as("%s", worst).isLessThanOrEqualTo(1e-6);
    }

    @Property(tries = 50)
    void softmaxRowsSumToOneForAnyScale(@ForAll @IntRange(min = 1, max = 8) int rows,
                                        @ForAll @IntRange(min = 1, max = 6) int columns,
                                        @ForAll long seed) {
        Matrix z = Matrix.randomUniform(rows, columns, -1000, 1000, new SplittableRandom(seed));
        Matrix s = Matrix.zeros(rows, columns);
        new Softmax().forward(z, s);
        assertThat(s.allFinite()).isTrue();
        for (double rowSum : s.sumOverColumns().data()) {
            assertThat(rowSum).isCloseTo(1.0, within(1e-12));
        }
    }

    @Property(tries = 50)
    void outputsStayFiniteAndInRangeForExtremeInputs(@ForAll("activations") Activation activation,
                                                     @ForAll long seed) {
        Matrix z = Matrix.randomUniform(4, 5, -1e4, 1e4, new SplittableRandom(seed));
        Matrix a = Matrix.zeros(4, 5);
        Matrix gradient = Matrix.zeros(4, 5);
        activation.forward(z, a);
        activation.backward(z, a, Matrix.filled(4, 5, 1.0), gradient);
        assertThat(a.allFinite()).as(activation.name()).isTrue();
        assertThat(gradient.allFinite()).as(activation.name()).isTrue();
        if (activation instanceof Sigmoid || activation instanceof Softmax) {
            for (double value : a.data()) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
    }
}
