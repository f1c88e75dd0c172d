package org.mtl4j.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Gemm;
import org.mtl4j.math.Matrix;

class DenseTest {

    @Test
    void affineIsProductPlusBiasInEveryRowWhateverTheOutputHeld() {
        SplittableRandom random = new SplittableRandom(3);
        Matrix input = Matrix.randomNormal(7, 5, 0, 1, random);
        DenseParameters parameters = new DenseParameters(Matrix.randomNormal(5, 3, 0, 1, random),
                Matrix.randomNormal(1, 3, 0, 1, random));
        Matrix linear = Matrix.filled(7, 3, Double.NaN);

        Dense.affine(parameters, input, linear);

        Matrix expected = Gemm.multiply(input, parameters.weights()).addRowVectorInPlace(parameters.bias());
        assertThat(linear.equalsWithin(expected, 1e-14)).as("%s vs %s", linear, expected).isTrue();
    }

    @Test
    void affineKnownAnswer() {
        Matrix linear = Matrix.zeros(2, 2);
        Dense.affine(new DenseParameters(Matrix.of(new double[][] {{1, 2}, {3, 4}}), Matrix.rowVector(10, 20)),
                Matrix.of(new double[][] {{1, 0}, {1, 1}}), linear);
        assertThat(linear.data()).containsExactly(11, 22, 14, 26);
    }

    @Test
    void affineRejectsAnOutputOfTheWrongShapeBeforeWritingIt() {
        Matrix linear = Matrix.filled(2, 3, 7.0);
        DenseParameters parameters = DenseParameters.zeros(4, 2);
        assertThatThrownBy(() -> Dense.affine(parameters, Matrix.zeros(2, 4), linear))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X [2×4] · W [4×2] + B does not fit the output [2×3]");
        assertThat(linear.data()).containsOnly(7.0);
    }
}
