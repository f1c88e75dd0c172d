package org.mtl4j.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

class ActivationTest {

    private static Matrix forward(Activation activation, double[][] z) {
        Matrix input = Matrix.of(z);
        Matrix output = Matrix.zeros(input.rows(), input.columns());
        activation.forward(input, output);
        return output;
    }

    /** dL/dz for dL/da = 1 everywhere, i.e. f'(z) for an elementwise activation. */
    private static Matrix derivative(Activation activation, double[][] z) {
        Matrix input = Matrix.of(z);
        Matrix output = forward(activation, z);
        Matrix gradient = Matrix.zeros(input.rows(), input.columns());
        activation.backward(input, output, Matrix.filled(input.rows(), input.columns(), 1.0), gradient);
        return gradient;
    }

    @Test
    void sigmoidOfZeroIsOneHalf() {
        assertThat(forward(new Sigmoid(), new double[][] {{0}}).get(0, 0)).isEqualTo(0.5);
    }

    @Test
    void sigmoidDerivativePeaksAtOneQuarterAtZero() {
        double[] grid = new double[2001];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -10 + i * 0.01;
        }
        Matrix slopes = derivative(new Sigmoid(), new double[][] {grid});
        int peak = slopes.argmaxPerRow()[0];
        assertThat(grid[peak]).isCloseTo(0.0, within(1e-12));
        assertThat(slopes.get(0, peak)).isEqualTo(0.25);
        assertThat(slopes.maxAbs()).isEqualTo(0.25);
    }

    @Test
    void sigmoidSaturatesWithoutOverflowOnEitherSide() {
        double[][] z = {{-1000, 1000, -800, 800}};
        assertThat(forward(new Sigmoid(), z).data()).containsExactly(0.0, 1.0, 0.0, 1.0);
        assertThat(derivative(new Sigmoid(), z).data()).containsExactly(0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void tanhEqualsTwoSigmoidOfTwoZMinusOne() {
        double[] grid = new double[401];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -20 + i * 0.1;
        }
        Matrix tanh = forward(new Tanh(), new double[][] {grid});
        Matrix sigmoidOfDouble = forward(new Sigmoid(), new double[][] {Arrays.stream(grid).map(x -> 2 * x).toArray()});
        for (int i = 0; i < grid.length; i++) {
            assertThat(tanh.get(0, i)).as("tanh(%s)", grid[i]).isCloseTo(2 * sigmoidOfDouble.get(0, i) - 1, within(1e-15));
        }
    }

    @Test
    void tanhDerivativeIsOneMinusSquare() {
        assertThat(derivative(new Tanh(), new double[][] {{0, 0.5, -30}}).data())
                .containsExactly(new double[] {1.0, 1 - Math.tanh(0.5) * Math.tanh(0.5), 0.0}, within(1e-15));
    }

    @Test
    void softmaxOfEqualHugeLogitsIsUniform() {
        assertThat(forward(new Softmax(), new double[][] {{1000, 1000}}).data()).containsExactly(0.5, 0.5);
    }

    @Test
    void softmaxOfHugeLogitsMatchesKnownValues() {
        assertThat(forward(new Softmax(), new double[][] {{1000, 1001}}).data())
                .containsExactly(new double[] {0.26894142, 0.73105858}, within(1e-8));
    }

    @Test
    void softmaxUnderflowsFarBelowMaximumToExactZero() {
        assertThat(forward(new Softmax(), new double[][] {{800, 1, 1}}).data()).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void softmaxSubtractsEachRowsOwnMaximum() {
        Matrix s = forward(new Softmax(), new double[][] {{1000, 1001}, {0, 1}});
        for (int row = 0; row < 2; row++) {
            assertThat(s.rowCopy(row)).containsExactly(new double[] {0.26894142, 0.73105858}, within(1e-8));
            assertThat(s.get(row, 0) + s.get(row, 1)).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void softmaxBackwardIsTheFullJacobianVectorProduct() {
        double[][] z = {{0.3, -1.2, 2.0, 0.7}};
        double[] u = {0.5, -2.0, 1.5, 0.25};
        Matrix s = forward(new Softmax(), z);
        Matrix gradient = Matrix.zeros(1, 4);
        new Softmax().backward(Matrix.of(z), s, Matrix.rowVector(u), gradient);
        for (int i = 0; i < 4; i++) {
            double expected = 0;
            for (int j = 0; j < 4; j++) {
                double jacobian = s.get(0, j) * ((i == j ? 1 : 0) - s.get(0, i));
                expected += u[j] * jacobian;
            }
            assertThat(gradient.get(0, i)).isCloseTo(expected, within(1e-15));
        }
    }

    @Test
    void reluPassesPositivesAndBlocksNegatives() {
        double[][] z = {{-2, -0.5, 0.5, 3}};
        assertThat(forward(new Relu(), z).data()).containsExactly(0.0, 0.0, 0.5, 3.0);
        assertThat(derivative(new Relu(), z).data()).containsExactly(0.0, 0.0, 1.0, 1.0);
    }

    @Test
    void identityCopiesForwardAndBackward() {
        double[][] z = {{-2, 0, 7.5}};
        assertThat(forward(new Identity(), z).data()).containsExactly(-2.0, 0.0, 7.5);
        assertThat(derivative(new Identity(), z).data()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void forwardAndBackwardMayWorkInPlace() {
        double[][] z = {{-1.5, 0.2, 3.0}, {0.7, -0.1, 2.2}};
        double[][] u = {{1.0, -0.5, 0.25}, {2.0, 0.1, -1.0}};
        for (Activation activation : Activation.all()) {
            Matrix separateOutput = forward(activation, z);
            Matrix separateGradient = Matrix.zeros(2, 3);
            activation.backward(Matrix.of(z), separateOutput, Matrix.of(u), separateGradient);

            Matrix inPlace = Matrix.of(z);
            activation.forward(inPlace, inPlace);
            assertThat(inPlace).as(activation.name()).isEqualTo(separateOutput);
            Matrix gradient = Matrix.of(u);
            activation.backward(Matrix.of(z), separateOutput, gradient, gradient);
            assertThat(gradient).as(activation.name()).isEqualTo(separateGradient);
        }
    }

    @Test
    void shapeMismatchIsRejectedNamingBothShapes() {
        for (Activation activation : Activation.all()) {
            assertThatThrownBy(() -> activation.forward(Matrix.zeros(2, 3), Matrix.zeros(3, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("[2×3]").hasMessageContaining("[3×2]");
        }
    }

    @Test
    void lookupByNameRoundTripsEveryActivation() {
        assertThat(Activation.names()).containsExactly("identity", "sigmoid", "tanh", "softmax", "relu");
        for (String name : Activation.names()) {
            assertThat(Activation.byName(name).name()).isEqualTo(name);
        }
        assertThat(Activation.byName(" TanH ")).isEqualTo(new Tanh());
    }

    @Test
    void lookupOfUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Activation.byName("swish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("swish")
                .hasMessageContaining("identity, sigmoid, tanh, softmax, relu");
    }

    @Test
    void everyPermittedActivationIsListed() {
        List<Class<?>> listed = Activation.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(listed).containsExactlyInAnyOrder(Activation.class.getPermittedSubclasses());
    }
}
