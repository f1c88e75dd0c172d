package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

class FeatureEncodingTest {
    private static final SchemaOptions TARGET_TASK = SchemaOptions.forTasks("target:regression");

    @Test
    void numericFeaturesAreStandardisedWithTheTrainingRowsStatisticsOnly() {
        CsvTable table = Fixtures.text("x,target\n1,0\n2,0\n3,1\n100,1\n");

        Preprocessor preprocessor = Preprocessor.fit(table, new int[] {0, 1, 2}, TARGET_TASK);
        Matrix features = preprocessor.transform(table).data().features();

        double std = Math.sqrt(2.0 / 3.0);
        assertThat(preprocessor.features()).containsExactly(new NumericColumn("x", 2.0, std));
        assertThat(features.get(0, 0)).isCloseTo(-1 / std, within(1e-12));
        assertThat(features.get(3, 0)).as("a test row uses the training mean and scale").isCloseTo(98 / std, within(1e-9));
    }

    @Test
    void aConstantColumnGetsScaleOneAndBecomesAllZerosNeverNaN() {
        StringBuilder csv = new StringBuilder("constant,varying,target\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("14.62,").append(i).append(",1\n");
        }
        CsvTable table = Fixtures.text(csv.toString());

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), TARGET_TASK);
        Matrix constant = preprocessor.transform(table).data().features().columnBlock(0, 1);

        assertThat(preprocessor.features().get(0)).isEqualTo(new NumericColumn("constant", 14.62, 1.0));
        assertThat(constant.maxAbs()).isZero();
    }

    @Test
    void spreadThatIsOnlyRoundingNoiseCountsAsConstant() {
        double[] values = {14.62, 14.62 * (1 + 1e-15), 14.62, 14.62 * (1 - 1e-15)};

        assertThat(NumericColumn.fit("x", values, values.length).scale()).isEqualTo(1.0);
    }

    @Test
    void textColumnsAreOneHotEncodedInSortedCategoryOrder() {
        CsvTable table = Fixtures.text("colour,target\nred,1\nblue,2\ngreen,3\nblue,4\n");

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), TARGET_TASK);
        Matrix features = preprocessor.transform(table).data().features();

        assertThat(preprocessor.features()).containsExactly(
                new CategoricalColumn("colour", List.of("blue", "green", "red"), "blue"));
        assertThat(preprocessor.inputNames()).containsExactly("colour=blue", "colour=green", "colour=red");
        assertThat(features).isEqualTo(Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {1, 0, 0}}));
    }

    @Test
    void aCategoryNotSeenInTrainingBecomesZerosAndIsCounted() {
        CsvTable table = Fixtures.table("unseen-category.csv");
        SchemaOptions options = SchemaOptions.forTasks("target:binary");

        Preprocessor preprocessor = Preprocessor.fit(table, new int[] {0, 1, 2, 3}, options);
        TransformResult result = preprocessor.transform(table);

        assertThat(preprocessor.features().get(0)).isEqualTo(new CategoricalColumn("city", List.of("Oslo", "Rome"), "Oslo"));
        assertThat(result.data().features().rowCopy(4)).startsWith(0.0, 0.0);
        assertThat(result.report().unseenCategories()).containsEntry("city", java.util.Map.of("Paris", 1));
        assertThat(result.report().messages()).contains(
                "column \"city\": 1 row had a category not seen in training, encoded as all zeros: \"Paris\" 1");
    }

    @Test
    void anUnseenCategoryIsAnErrorWhenThePolicySaysSo() {
        CsvTable table = Fixtures.table("unseen-category.csv");
        SchemaOptions options = SchemaOptions.forTasks("target:binary").withUnseenCategories(UnseenCategoryPolicy.ERROR);

        Preprocessor preprocessor = Preprocessor.fit(table, new int[] {0, 1, 2, 3}, options);

        assertThatThrownBy(() -> preprocessor.transform(table)).isInstanceOf(DataException.class)
                .hasMessageEndingWith("unseen-category.csv:6: column \"city\": category \"Paris\" was not seen in "
                        + "training; known: \"Oslo\", \"Rome\"");
    }

    @Test
    void cellsThatAreNotNumbersInANumericColumnAreErrorsNamingFileLineColumnAndText() {
        CsvTable table = Fixtures.table("bad-numbers.csv");

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table), SchemaOptions.forTasks("label:binary")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("bad-numbers.csv:3: column \"price\": cannot read \"65,536\" as a number")
                .hasMessageContaining("bad-numbers.csv:4: column \"price\": cannot read \"12abc\" as a number")
                .hasMessageContaining("bad-numbers.csv:5: column \"price\": cannot read \"1,5\" as a number");
    }

    @Test
    void aColumnListedAsCategoricalIsOneHotEvenWhenItsValuesLookNumeric() {
        CsvTable table = Fixtures.table("bad-numbers.csv");
        SchemaOptions options = SchemaOptions.forTasks("label:binary").withCategorical(List.of("price"));

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), options);

        assertThat(((CategoricalColumn) preprocessor.features().get(0)).categories())
                .containsExactly("1,5", "10", "12abc", "65,536", "7", "8");
    }

    @Test
    void aMostlyTextColumnIsCategoricalAndNumericCategoriesSortNumerically() {
        CsvTable table = Fixtures.text("size,code,target\nS,10,1\nM,9,2\n42,10,3\nL,9,4\n");
        SchemaOptions options = SchemaOptions.forTasks("target:regression").withCategorical(List.of("code"));

        Preprocessor preprocessor = Preprocessor.fit(table, Fixtures.allRows(table), options);

        assertThat(preprocessor.inputNames()).containsExactly("size=42", "size=L", "size=M", "size=S", "code=9", "code=10");
    }

    @Test
    void featuresCanBeListedOrIgnored() {
        CsvTable table = Fixtures.text("id,a,b,c,target\n1,1,2,x,1\n2,3,4,y,2\n");

        Preprocessor listed = Preprocessor.fit(table, Fixtures.allRows(table), TARGET_TASK.withFeatures(List.of("c", "a")));
        Preprocessor ignoring = Preprocessor.fit(table, Fixtures.allRows(table), TARGET_TASK.withIgnored(List.of("id")));

        assertThat(listed.features()).extracting(ColumnEncoding::name).as("header order").containsExactly("a", "c");
        assertThat(ignoring.features()).extracting(ColumnEncoding::name).containsExactly("a", "b", "c");
    }

    @Test
    void unknownColumnNamesAreReportedWithANearMatchOrTheColumnList() {
        CsvTable table = Fixtures.text("Body Mass (g),x\n1,2\n3,4\n");

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table),
                SchemaOptions.forTasks("body mass (g):regression").withIgnored(List.of("z"))))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("no column \"body mass (g)\" for the task; did you mean \"Body Mass (g)\"?")
                .hasMessageContaining("no column \"z\" for the ignored column; the columns are \"Body Mass (g)\", \"x\"");
    }

    @Test
    void aColumnWithNoValuesIsAnError() {
        CsvTable table = Fixtures.text("empty,x,target\nNA,1,1\n,2,2\n");

        assertThatThrownBy(() -> Preprocessor.fit(table, Fixtures.allRows(table), TARGET_TASK))
                .hasMessageContaining("column \"empty\": has no values (every cell is missing)");
    }
}
