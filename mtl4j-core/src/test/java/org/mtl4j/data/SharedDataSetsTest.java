package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three shared data sets read end to end (skipped when the shared data folder is not beside the repository). */
class SharedDataSetsTest {
    private static final CsvOptions PENGUIN_CSV = CsvOptions.defaults().withMissingValues(MissingValues.defaults().plus("."));
    private static final SchemaOptions PENGUIN_TASKS =
            SchemaOptions.forTasks("Species:multiclass", "Sex:binary", "Body Mass (g):regression");

    private static Path folder;

    @BeforeAll
    static void locateSharedData() {
        Optional<Path> found = Fixtures.sharedData();
        assumeTrue(found.isPresent(), "shared/data not found above " + Path.of("").toAbsolutePath()
                + "; set -Dmtl4j.sharedData=/path/to/shared/data to run these tests");
        folder = found.get();
    }

    @Test
    void penguinsReadWithTheirRowCountAndColumnNames() {
        CsvTable table = CsvTable.read(folder.resolve("penguins.csv"), CsvOptions.defaults());

        assertThat(table.rowCount()).isEqualTo(344);
        assertThat(table.header()).containsExactly("Species", "Island", "Beak Length (mm)", "Beak Depth (mm)",
                "Flipper Length (mm)", "Body Mass (g)", "Sex");
        assertThat(table.lineNumber(343)).isEqualTo(345);
    }

    @Test
    void penguinSexAsBinaryNamesItsStrayDotUntilDotIsAMissingToken() {
        CsvTable table = CsvTable.read(folder.resolve("penguins.csv"), CsvOptions.defaults());

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table), PENGUIN_TASKS))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"Sex\": a binary task needs exactly two distinct values, found 3: "
                        + "\".\" (1 row, line 338), \"FEMALE\" (165 rows), \"MALE\" (168 rows); if \".\" means \"no value\"");
    }

    @Test
    void penguinsDropTheTwoRowsWithoutMeasurementsAndMaskTheMissingSexes() {
        CsvTable table = CsvTable.read(folder.resolve("penguins.csv"), PENGUIN_CSV);

        TransformResult result = Preprocessor.fit(table, Fixtures.allRows(table), PENGUIN_TASKS).transform(table);

        assertThat(result.data().rowCount()).isEqualTo(342);
        assertThat(result.data().features().columns()).as("Island one-hot (3) and three measurements").isEqualTo(6);
        assertThat(result.report().messages()).containsExactly(
                "dropped 2 rows with missing features: lines 5, 341",
                "task \"Sex\": 9 rows without a label, left out of this task");
        assertThat(result.data().targets()).extracting(targets -> targets.labelledCount()).containsExactly(342, 333, 342);
    }

    @Test
    void penguinsWithImputationKeepEveryRowAndCountTheFilledCells() {
        CsvTable table = CsvTable.read(folder.resolve("penguins.csv"), PENGUIN_CSV);
        SchemaOptions options = PENGUIN_TASKS.withMissingFeatures(MissingFeaturePolicy.IMPUTE);

        TransformResult result = Preprocessor.fit(table, Fixtures.allRows(table), options).transform(table);

        assertThat(result.data().rowCount()).isEqualTo(344);
        assertThat(result.report().imputedCells()).containsExactly(java.util.Map.entry("Beak Length (mm)", 2),
                java.util.Map.entry("Beak Depth (mm)", 2), java.util.Map.entry("Flipper Length (mm)", 2));
        assertThat(result.report().unlabelledRows()).containsExactly(java.util.Map.entry("Species", 0),
                java.util.Map.entry("Sex", 11), java.util.Map.entry("Body Mass (g)", 2));
    }

    @Test
    void preparedPenguinsFitTheirStatisticsOnTheTrainingPartOnly() {
        CsvTable table = CsvTable.read(folder.resolve("penguins.csv"), PENGUIN_CSV);

        PreparedData data = PreparedData.prepare(table, PENGUIN_TASKS, SplitOptions.of(0.15, 0.15).stratifiedOn("Species"),
                new SplittableRandom(2024));

        int column = table.columnIndex("Flipper Length (mm)");
        double trainingMean = IntStream.of(data.split().train()).mapToObj(row -> table.cell(row, column))
                .filter(cell -> !cell.isEmpty()).mapToDouble(Double::parseDouble).average().orElseThrow();
        NumericColumn flipper = (NumericColumn) data.preprocessor().features().get(3);
        assertThat(flipper.name()).isEqualTo("Flipper Length (mm)");
        assertThat(flipper.mean()).isCloseTo(trainingMean, within(1e-9));
        assertThat(data.train().rowCount() + data.validation().rowCount() + data.test().rowCount()).isEqualTo(342);
        assertThat(data.test().rowCount()).isBetween(50, 52);
        assertThat(data.train().features().allFinite()).isTrue();
    }

    @Test
    void irisGivesThreeSpeciesAndAPetalWidthRegressionWithNothingMissing() {
        CsvTable table = CsvTable.read(folder.resolve("iris.csv"), CsvOptions.defaults());
        SchemaOptions options = SchemaOptions.forTasks("species:multiclass", "petal_width:regression");

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), options);
        TransformResult result = preprocessor.transform(table);

        assertThat(table.rowCount()).isEqualTo(150);
        assertThat(preprocessor.inputNames()).containsExactly("sepal_length", "sepal_width", "petal_length");
        assertThat(preprocessor.targets().get(0)).isEqualTo(
                new MulticlassTarget("species", List.of("setosa", "versicolor", "virginica")));
        assertThat(result.data().rowCount()).isEqualTo(150);
        assertThat(result.report().messages()).isEmpty();
    }

    @Test
    void digitsGiveSixtyFourPixelsAndTenClassesInNumericOrder() {
        CsvTable table = CsvTable.read(folder.resolve("digits.csv"), CsvOptions.defaults());

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks("digit:multiclass"));
        TransformResult result = preprocessor.transform(table);

        assertThat(table.rowCount()).isEqualTo(1797);
        assertThat(preprocessor.featureWidth()).isEqualTo(64);
        assertThat(((MulticlassTarget) preprocessor.targets().get(0)).classes())
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(result.data().features().allFinite()).as("constant pixel columns become zeros, not NaN").isTrue();
        assertThat(result.data().features().columnBlock(0, 1).maxAbs()).as("pixel0 is always 0").isZero();
        assertThat(result.report().messages()).isEmpty();
    }
}
