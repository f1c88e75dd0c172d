package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.TaskTargets;

class TargetEncodingTest {

    private static TaskTargets encodeAll(CsvTable table, String spec) {
        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks(spec));
        return preprocessor.transform(table).data().targets().get(0);
    }

    @Test
    void regressionTargetsAreStandardisedForTrainingAndReportedInOriginalUnits() {
        CsvTable table = Fixtures.text("x,y\n1,10\n2,20\n3,30\n4,1000\n");

        Preprocessor preprocessor = Preprocessor.fit(table, new int[] {0, 1, 2}, SchemaOptions.forTasks("y:regression"));
        Matrix values = preprocessor.transform(table).data().targets().get(0).values();

        double std = Math.sqrt(200.0 / 3.0);
        assertThat(preprocessor.targets()).containsExactly(new RegressionTarget("y", 20.0, std));
        assertThat(values.get(0, 0)).isCloseTo(-10 / std, within(1e-12));
        assertThat(preprocessor.toOriginalUnits(0, values.get(3, 0))).isCloseTo(1000.0, within(1e-9));
    }

    @Test
    void binaryLabelsMapInSortedOrderWithThePositiveLabelSecond() {
        assertThat(encodeAll(Fixtures.text("x,y\n1,true\n2,false\n"), "y:binary").values())
                .isEqualTo(Matrix.of(new double[][] {{1}, {0}}));
        assertThat(encodeAll(Fixtures.text("x,y\n1,MALE\n2,FEMALE\n"), "y:binary").values())
                .isEqualTo(Matrix.of(new double[][] {{1}, {0}}));
        assertThat(encodeAll(Fixtures.text("x,y\n1,1\n2,-1\n3,1\n"), "y:binary").values())
                .isEqualTo(Matrix.of(new double[][] {{1}, {0}, {1}}));
    }

    @Test
    void aBinaryColumnWithThreeValuesIsAnErrorListingThemWithCountsAndTheMissingValueHint() {
        CsvTable table = Fixtures.table("binary-three-values.csv");

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks("Sex:binary")))
                .isInstanceOf(DataException.class)
                .hasMessageEndingWith("binary-three-values.csv: column \"Sex\": a binary task needs exactly two distinct "
                        + "values, found 3: \".\" (1 row, line 4), \"FEMALE\" (2 rows), \"MALE\" (2 rows); if \".\" means "
                        + "\"no value\", add it to the missing-value tokens, or make this a multiclass task");
    }

    @Test
    void withItsOddValueDeclaredMissingTheBinaryColumnWorksAndTheRowIsMasked() {
        CsvOptions options = CsvOptions.defaults().withMissingValues(MissingValues.defaults().plus("."));
        CsvTable table = CsvTable.read(Fixtures.path("binary-three-values.csv"), options);

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks("Sex:binary"));
        TaskTargets sex = preprocessor.transform(table).data().targets().get(0);

        assertThat(preprocessor.targets()).containsExactly(new BinaryTarget("Sex", "FEMALE", "MALE"));
        assertThat(sex.labelled()).containsExactly(true, true, false, true, true);
        assertThat(preprocessor.classLabel(0, 1)).isEqualTo("MALE");
    }

    @Test
    void multiclassLabelsAreJustClassesInSortedOrder() {
        TaskTargets numbers = encodeAll(Fixtures.text("x,y\n1,0\n2,2\n3,1\n"), "y:multiclass");
        StringBuilder letters = new StringBuilder("x,y\n");
        for (char letter = 'z'; letter >= 'a'; letter--) {
            letters.append(1).append(',').append(letter).append('\n');
        }
        CsvTable table = Fixtures.text(letters.toString());
        Preprocessor alphabet = Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks("y:multiclass"));

        assertThat(numbers.values()).isEqualTo(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}}));
        assertThat(((MulticlassTarget) alphabet.targets().get(0)).classes()).hasSize(26).startsWith("a", "b").endsWith("z");
        assertThat(alphabet.transform(table).data().targets().get(0).values().argmaxPerRow()).startsWith(25, 24);
    }

    @Test
    void aClassSeenOnlyInTheTestPartIsStillAKnownClass() {
        CsvTable table = Fixtures.table("test-only-class.csv");

        Preprocessor preprocessor = Preprocessor.fit(table, new int[] {0, 1, 2, 3}, SchemaOptions.forTasks("label:multiclass"));
        TaskTargets labels = preprocessor.transform(table).data().targets().get(0);

        assertThat(preprocessor.targets()).containsExactly(new MulticlassTarget("label", List.of("a", "b", "c")));
        assertThat(labels.values().rowCopy(4)).containsExactly(0, 0, 1);
    }

    @Test
    void aMulticlassTaskNeedsTwoClassesAndARegressionLabelMustBeANumber() {
        CsvTable oneClass = Fixtures.text("x,y\n1,a\n2,a\n");
        CsvTable text = Fixtures.text("x,y\n1,2.5\n2,heavy\n");

        assertThatThrownBy(() -> Preprocessor.fit(oneClass, Fixtures.allRows(oneClass), SchemaOptions.forTasks("y:multiclass")))
                .hasMessage("test.csv: column \"y\": a multiclass task needs at least two classes, found 1: \"a\" (2 rows)");
        assertThatThrownBy(() -> Preprocessor.fit(text, Fixtures.allRows(text), SchemaOptions.forTasks("y:regression")))
                .hasMessage("test.csv:3: column \"y\": cannot read \"heavy\" as a number");
    }
}
