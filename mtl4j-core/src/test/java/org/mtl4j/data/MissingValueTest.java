package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

/** nan-cells.csv: x,group,target with NaN, NA, ?, N/A, null and empty cells. */
class MissingValueTest {
    private static final SchemaOptions OPTIONS = SchemaOptions.forTasks("target:regression");

    private static TransformResult fitAndTransform(SchemaOptions options) {
        CsvTable table = Fixtures.table("nan-cells.csv");
        return Preprocessor.fit(table, Fixtures.allRows(table), options).transform(table);
    }

    @Test
    void rowsWithMissingFeaturesAreDroppedByDefaultAndTheirLinesReported() {
        TransformResult result = fitAndTransform(OPTIONS);

        assertThat(result.data().lineNumbers()).containsExactly(2, 5);
        assertThat(result.report().droppedLines()).containsExactly(3, 4, 6);
        assertThat(result.report().messages()).contains("dropped 3 rows with missing features: lines 3, 4, 6");
    }

    @Test
    void imputedCellsTakeTheTrainingMeanOrMostFrequentCategoryNeverZero() {
        TransformResult result = fitAndTransform(OPTIONS.withMissingFeatures(MissingFeaturePolicy.IMPUTE));
        Matrix features = result.data().features();

        assertThat(result.data().rowCount()).isEqualTo(5);
        assertThat(features.get(1, 0)).as("NaN takes the mean of 1, 3, 4, 5, which standardises to 0").isZero();
        assertThat(features.get(0, 0)).as("1 is below the mean 3.25").isNegative();
        assertThat(features.rowCopy(2)).as("NA takes the most frequent group, a").endsWith(1.0, 0.0);
        assertThat(result.report().imputedCells()).containsEntry("x", 1).containsEntry("group", 2);
        assertThat(result.report().messages()).contains("imputed 3 missing feature values: \"x\" 1, \"group\" 2");
    }

    @Test
    void missingFeaturesAreErrorsWhenThePolicySaysSo() {
        assertThatThrownBy(() -> fitAndTransform(OPTIONS.withMissingFeatures(MissingFeaturePolicy.ERROR)))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("nan-cells.csv:3: column \"x\": missing value \"NaN\"")
                .hasMessageContaining("nan-cells.csv:4: column \"group\": missing value \"NA\"")
                .hasMessageContaining("nan-cells.csv:6: column \"group\": missing value \"?\"");
    }

    @Test
    void missingLabelsAreMaskedAndStoredAsZero() {
        TransformResult result = fitAndTransform(OPTIONS.withMissingFeatures(MissingFeaturePolicy.IMPUTE));

        assertThat(result.data().targets().get(0).labelled()).containsExactly(true, true, false, false, false);
        assertThat(result.data().targets().get(0).values().get(4, 0)).isZero();
        assertThat(result.report().unlabelledRows()).containsEntry("target", 3);
        assertThat(result.report().messages()).contains("task \"target\": 3 rows without a label, left out of this task");
    }

    @Test
    void aRowMissingOneTasksLabelStillTrainsTheOthers() {
        CsvTable table = Fixtures.text("x,a,b\n1,1.5,yes\n2,,no\n3,2.5,NA\n4,3.5,yes\n");
        SchemaOptions options = SchemaOptions.forTasks("a:regression", "b:binary");

        TransformResult result = Preprocessor.fit(table, Fixtures.allRows(table), options).transform(table);

        assertThat(result.data().targets().get(0).labelled()).containsExactly(true, false, true, true);
        assertThat(result.data().targets().get(1).labelled()).containsExactly(true, true, false, true);
        assertThat(result.data().targets().get(0).values().get(2, 0)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void missingTokensAreConfigurableAndDoNotIncludeZero() {
        CsvOptions options = CsvOptions.defaults().withMissingValues(MissingValues.of("-"));
        CsvTable table = Fixtures.text("x,target\n0,1\n-,2\nNA,3\n5,4\n", options);

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table), OPTIONS))
                .as("NA is no longer a missing token, so it is a bad number")
                .hasMessage("test.csv:4: column \"x\": cannot read \"NA\" as a number");
        assertThat(MissingValues.defaults().isMissing(" N/A ")).isTrue();
        assertThat(MissingValues.defaults().isMissing("0")).isFalse();
        assertThat(MissingValues.defaults().isMissing("na")).isFalse();
    }
}
