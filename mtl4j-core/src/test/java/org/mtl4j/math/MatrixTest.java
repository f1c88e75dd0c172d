package org.mtl4j.math;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixTest {
    private static final Matrix SIX = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void creationGivesTheShapeAndEntriesAskedFor() {
        assertThat(Matrix.zeros(2, 3).data()).containsOnly(0.0).hasSize(6);
        assertThat(Matrix.filled(2, 2, 7.5).data()).containsExactly(7.5, 7.5, 7.5, 7.5);
        assertThat(Matrix.rowVector(1, 2, 3).shape()).isEqualTo("[1×3]");
        assertThat(SIX.get(1, 2)).isEqualTo(6.0);
        assertThat(Matrix.fromFlat(2, 3, new double[] {1, 2, 3, 4, 5, 6})).isEqualTo(SIX);
        assertThat(Matrix.zeros(0, 4).size()).isZero();
    }

    @Test
    void creationRejectsBadShapesWithTheShapeInTheMessage() {
        assertThatThrownBy(() -> Matrix.zeros(-1, 2)).hasMessageContaining("[-1×2]");
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}}))
                .hasMessage("of: row 1 has 1 entries, row 0 has 2");
        assertThatThrownBy(() -> Matrix.fromFlat(2, 2, new double[3]))
                .hasMessage("fromFlat: shape [2×2] needs 4 values, got 3");
        assertThatThrownBy(() -> Matrix.randomUniform(1, 1, 1.0, 1.0, new SplittableRandom(1)))
                .hasMessageContaining("need low < high");
    }

    @Test
    void fromFlatCopiesAndWrapShares() {
        double[] values = {1, 2, 3, 4};
        Matrix copied = Matrix.fromFlat(2, 2, values);
        Matrix wrapped = Matrix.wrap(2, 2, values);
        values[0] = 9;
        assertThat(copied.get(0, 0)).isEqualTo(1.0);
        assertThat(wrapped.get(0, 0)).isEqualTo(9.0);
    }

    @Test
    void randomMatricesDependOnlyOnTheGivenGenerator() {
        Matrix first = Matrix.randomNormal(3, 4, 0.0, 1.0, new SplittableRandom(42));
        Matrix second = Matrix.randomNormal(3, 4, 0.0, 1.0, new SplittableRandom(42));
        assertThat(first).isEqualTo(second);
        Matrix uniform = Matrix.randomUniform(50, 50, -2.0, 3.0, new SplittableRandom(7));
        assertThat(java.util.Arrays.stream(uniform.data())).allMatch(value -> value >= -2.0 && value < 3.0);
    }

    @Test
    void indexOutsideTheShapeNamesIt() {
        assertThatThrownBy(() -> SIX.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("(2, 0) is outside [2×3]");
    }

    @Test
    void elementwiseKernelsMatchHandComputedAnswers() {
        Matrix m = SIX.copy();
        m.scaleInPlace(2).axpyInPlace(-1, SIX);
        assertThat(m).isEqualTo(SIX);
        m.addInPlace(SIX).subtractInPlace(Matrix.filled(2, 3, 1));
        assertThat(m.data()).containsExactly(1, 3, 5, 7, 9, 11);
        m.multiplyElementsInPlace(SIX);
        assertThat(m.data()).containsExactly(1, 6, 15, 28, 45, 66);
        m.mapInPlace(value -> -value).zipInPlace(SIX, Double::sum);
        assertThat(m.data()).containsExactly(0, -4, -12, -24, -40, -60);
        assertThat(m.fillInPlace(3).data()).containsOnly(3.0);
        assertThatThrownBy(() -> m.addInPlace(Matrix.zeros(3, 2))).hasMessage("axpy: shapes [2×3] and [3×2] differ");
    }

    @Test
    void broadcastAddAddsTheRowVectorToEveryRow() {
        Matrix m = SIX.copy().addRowVectorInPlace(Matrix.rowVector(10, 20, 30));
        assertThat(m.data()).containsExactly(11, 22, 33, 14, 25, 36);
        assertThatThrownBy(() -> m.addRowVectorInPlace(Matrix.rowVector(1, 2)))
                .hasMessage("addRowVector: [2×3] + [1×2], need a [1×3] row vector");
    }

    @Test
    void reductionsMatchHandComputedAnswers() {
        assertThat(SIX.sum()).isEqualTo(21.0);
        assertThat(SIX.sumOverRows().data()).containsExactly(5, 7, 9);
        assertThat(SIX.meanOverRows().data()).containsExactly(2.5, 3.5, 4.5);
        assertThat(SIX.sumOverColumns().data()).containsExactly(6, 15);
        assertThat(SIX.meanOverColumns().data()).containsExactly(2, 5);
        assertThat(SIX.maxPerRow(new double[2])).containsExactly(3, 6);
        assertThat(Matrix.rowVector(-7, 3).maxAbs()).isEqualTo(7.0);
        assertThat(Matrix.zeros(0, 3).meanOverRows().data()).containsExactly(0, 0, 0);
        assertThatThrownBy(() -> SIX.sumOverRowsInto(Matrix.zeros(1, 2)))
                .hasMessage("sumOverRows: [2×3] into [1×2], need [1×3]");
    }

    @Test
    void argmaxPicksTheFirstLargestEntryOfEachRow() {
        Matrix m = Matrix.of(new double[][] {{1, 5, 5}, {-1, -3, -2}, {0, 0, 0}});
        assertThat(m.argmaxPerRow()).containsExactly(1, 0, 0);
        assertThatThrownBy(() -> Matrix.zeros(2, 0).argmaxPerRow()).hasMessage("argmaxPerRow: [2×0] has no columns");
    }

    @Test
    void finitenessCheckSeesNanAndInfinity() {
        assertThat(SIX.allFinite()).isTrue();
        assertThat(Matrix.rowVector(1, Double.NaN).allFinite()).isFalse();
        assertThat(Matrix.rowVector(Double.NEGATIVE_INFINITY).allFinite()).isFalse();
    }

    @Test
    void rowSelectionGathersRowsInTheGivenOrder() {
        assertThat(SIX.selectRows(new int[] {1, 0, 1}).data()).containsExactly(4, 5, 6, 1, 2, 3, 4, 5, 6);
        assertThat(SIX.rowCopy(1)).containsExactly(4, 5, 6);
        assertThatThrownBy(() -> SIX.selectRows(new int[] {2})).hasMessage("row 2 is outside [2×3]");
    }

    @Test
    void columnBlocksAndHorizontalStackAreInverse() {
        Matrix left = SIX.columnBlock(0, 1);
        Matrix right = SIX.columnBlock(1, 2);
        assertThat(left.data()).containsExactly(1, 4);
        assertThat(right.data()).containsExactly(2, 3, 5, 6);
        assertThat(Matrix.horizontalStack(left, right)).isEqualTo(SIX);
        Matrix target = Matrix.zeros(2, 3).setColumnBlockInPlace(1, right);
        assertThat(target.data()).containsExactly(0, 2, 3, 0, 5, 6);
        assertThatThrownBy(() -> SIX.columnBlock(2, 2)).hasMessage("columnBlock: columns [2, 4) of [2×3] into [2×2]");
        assertThatThrownBy(() -> Matrix.horizontalStack(SIX, Matrix.zeros(3, 1)))
                .hasMessage("horizontalStack: [2×3] and [3×1] have different row counts");
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        assertThat(SIX.transpose()).isEqualTo(Matrix.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}));
        assertThat(SIX.transpose().transpose()).isEqualTo(SIX);
    }

    @Test
    void equalsWithinIsAbsoluteNearZeroAndRelativeForLargeValues() {
        assertThat(Matrix.rowVector(0.0).equalsWithin(Matrix.rowVector(1e-10), 1e-9)).isTrue();
        assertThat(Matrix.rowVector(1e6).equalsWithin(Matrix.rowVector(1e6 + 1e-4), 1e-9)).isTrue();
        assertThat(Matrix.rowVector(1e6).equalsWithin(Matrix.rowVector(1e6 + 1), 1e-9)).isFalse();
        assertThat(Matrix.rowVector(Double.NaN).equalsWithin(Matrix.rowVector(Double.NaN), 1)).isFalse();
        assertThat(SIX.equalsWithin(SIX.transpose(), 1)).isFalse();
    }

    @Test
    void equalityIsBitwiseAndAgreesWithHashCode() {
        assertThat(Matrix.rowVector(Double.NaN)).isEqualTo(Matrix.rowVector(Double.NaN));
        assertThat(Matrix.rowVector(0.0)).isNotEqualTo(Matrix.rowVector(-0.0));
        assertThat(SIX.copy().hashCode()).isEqualTo(SIX.hashCode());
        assertThat(Matrix.zeros(2, 3)).isNotEqualTo(Matrix.zeros(3, 2));
    }

    @Test
    void toStringShowsTheShapeAndAtMostSixRowsOfEightColumns() {
        assertThat(SIX.toString()).startsWith("Matrix [2×3]\n  [").contains("6.000");
        String large = Matrix.zeros(10, 12).toString();
        assertThat(large).contains("… 4 more rows").contains(", …]");
        assertThat(large.lines().count()).isEqualTo(8);
    }
}
