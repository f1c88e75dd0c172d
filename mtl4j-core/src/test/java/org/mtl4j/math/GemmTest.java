package org.mtl4j.math;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The friendly front: known answers, shape errors naming both shapes, aliasing, empty shapes. */
class GemmTest {
    private static final Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private static final Matrix B = Matrix.of(new double[][] {{7, 8}, {9, 10}, {11, 12}});

    @Test
    void multiplyGivesTheTextbookProduct() {
        assertThat(Gemm.multiply(A, B)).isEqualTo(Matrix.of(new double[][] {{58, 64}, {139, 154}}));
    }

    @Test
    void transposeFlagsMultiplyTheTransposes() {
        Matrix out = Matrix.zeros(3, 3);
        Gemm.gemm(true, false, 1.0, A, A, 0.0, out);
        assertThat(out).isEqualTo(Gemm.multiply(A.transpose(), A));
        Matrix small = Matrix.zeros(2, 2);
        Gemm.gemm(false, true, 1.0, A, A, 0.0, small);
        assertThat(small).isEqualTo(Matrix.of(new double[][] {{14, 32}, {32, 77}}));
        Gemm.gemm(true, true, 1.0, B, A, 0.0, small);
        assertThat(small).isEqualTo(Gemm.multiply(A, B).transpose());
    }

    @Test
    void alphaAndBetaScaleProductAndOldOutput() {
        Matrix out = Matrix.filled(2, 2, 1.0);
        Gemm.gemm(false, false, 2.0, A, B, -3.0, out);
        assertThat(out.data()).containsExactly(113, 125, 275, 305);
    }

    @Test
    void betaZeroIgnoresNanInTheOutput() {
        for (GemmBackend backend : BackendCases.available()) {
            Matrix out = Matrix.filled(2, 2, Double.NaN);
            Gemm.gemm(backend, false, false, 1.0, A, B, 0.0, out);
            assertThat(out.data()).as(backend.name()).containsExactly(58, 64, 139, 154);
        }
    }

    @Test
    void innerSizeMismatchNamesBothShapes() {
        Matrix left = Matrix.zeros(3, 4);
        Matrix right = Matrix.zeros(5, 2);
        assertThatThrownBy(() -> Gemm.multiply(left, right)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matmul: [3×4]·[5×2], inner sizes 4 and 5 differ");
        assertThatThrownBy(() -> Gemm.gemm(true, false, 1, left, right, 0, Matrix.zeros(4, 2)))
                .hasMessage("matmul: [3×4]ᵀ·[5×2], inner sizes 3 and 5 differ");
    }

    @Test
    void wrongOutputShapeNamesAllThreeShapes() {
        assertThatThrownBy(() -> Gemm.multiply(A, B, Matrix.zeros(3, 3)))
                .hasMessage("matmul: [2×3]·[3×2] is [2×2], output is [3×3]");
    }

    @Test
    void outputSharingStorageWithAnInputIsRejected() {
        Matrix square = Matrix.filled(3, 3, 1.0);
        assertThatThrownBy(() -> Gemm.multiply(square, Matrix.zeros(3, 3), square))
                .hasMessageContaining("shares storage with an input");
        Matrix alias = Matrix.wrap(3, 3, square.data());
        assertThatThrownBy(() -> Gemm.multiply(Matrix.zeros(3, 3), square, alias))
                .hasMessageContaining("shares storage with an input");
    }

    @Test
    void emptyInnerSizeGivesBetaTimesOutput() {
        for (GemmBackend backend : BackendCases.available()) {
            Matrix out = Matrix.filled(2, 3, 2.0);
            Gemm.gemm(backend, false, false, 1.0, Matrix.zeros(2, 0), Matrix.zeros(0, 3), 0.5, out);
            assertThat(out.data()).as(backend.name()).containsOnly(1.0);
        }
    }

    @Test
    void emptyOutputIsANoOp() {
        Matrix out = Matrix.zeros(0, 3);
        Gemm.multiply(Matrix.zeros(0, 4), Matrix.zeros(4, 3), out);
        assertThat(out.size()).isZero();
    }
}
