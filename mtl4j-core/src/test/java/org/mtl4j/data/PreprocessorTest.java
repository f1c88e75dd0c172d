package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private static final String TRAINING = "Island,Mass,Species,Sex\nDream,3.5,Adelie,MALE\nBiscoe,5.0,Gentoo,FEMALE\n"
            + "Dream,3.4,Chinstrap,FEMALE\nBiscoe,4.9,Gentoo,MALE\n";
    private static final SchemaOptions TASKS = SchemaOptions.forTasks("Species:multiclass", "Sex:binary:0.5");

    private static Preprocessor fitted() {
        CsvTable table = Fixtures.text(TRAINING);
        return Preprocessor.fit(table, Fixtures.allRows(table), TASKS);
    }

    @Test
    void aPreprocessorRebuiltFromItsPartsEncodesExactlyTheSame() {
        Preprocessor original = fitted();
        Preprocessor rebuilt = new Preprocessor(original.features(), original.targets(), original.missingValues(),
                original.missingFeatures(), original.unseenCategories());
        CsvTable table = Fixtures.text(TRAINING);

        assertThat(rebuilt).isEqualTo(original);
        assertThat(rebuilt.transform(table).data().features()).isEqualTo(original.transform(table).data().features());
    }

    @Test
    void aNewFileIsMatchedByColumnNameAndMayLackItsLabelColumns() {
        CsvTable newFile = Fixtures.text("Mass,Island,Notes\n4.0,Dream,x\n");

        TransformResult result = fitted().transform(newFile);

        assertThat(result.data().features().rowCopy(0)).startsWith(0.0, 1.0);
        assertThat(result.data().targets()).allSatisfy(targets -> assertThat(targets.labelledCount()).isZero());
        assertThat(result.report().messages()).containsExactly(
                "task \"Species\": the file has no such column, so no row is labelled",
                "task \"Sex\": the file has no such column, so no row is labelled");
    }

    @Test
    void aNewFileMustHaveEveryFeatureColumnAndOnlyKnownLabels() {
        CsvTable missingFeature = Fixtures.text("Island,Species\nDream,Adelie\n");
        CsvTable unknownLabel = Fixtures.text("Island,Mass,Species\nDream,3.3,Emperor\n");

        assertThatThrownBy(() -> fitted().transform(missingFeature))
                .hasMessage("test.csv: column \"Mass\": the file has no such column, and the model needs it as a feature");
        assertThatThrownBy(() -> fitted().transform(unknownLabel))
                .hasMessage("test.csv:2: column \"Species\": label \"Emperor\" is not one the model knows: "
                        + "\"Adelie\", \"Chinstrap\", \"Gentoo\"");
    }

    @Test
    void inputNamesAndWidthsFollowTheEncodings() {
        Preprocessor preprocessor = fitted();

        assertThat(preprocessor.inputNames()).containsExactly("Island=Biscoe", "Island=Dream", "Mass");
        assertThat(preprocessor.featureWidth()).isEqualTo(3);
        assertThat(preprocessor.targets()).extracting(TargetEncoding::width).containsExactly(3, 1);
        assertThat(preprocessor.classLabel(0, 1)).isEqualTo("Chinstrap");
        assertThatThrownBy(() -> preprocessor.toOriginalUnits(0, 1.0)).hasMessageContaining("is multiclass, not regression");
    }

    @Test
    void schemaOptionsRejectAColumnInTwoRoles() {
        assertThatThrownBy(() -> TASKS.withIgnored(java.util.List.of("Sex"))).hasMessageContaining("both a task and ignored");
        assertThatThrownBy(() -> TASKS.withFeatures(java.util.List.of("Species"))).hasMessageContaining("both a task and a feature");
        assertThatThrownBy(() -> SchemaOptions.forTasks("a:binary", "a:regression")).hasMessageContaining("as a task twice");
    }

    @Test
    void encodingsRejectInconsistentParts() {
        assertThatThrownBy(() -> new NumericColumn("x", 0, 0)).hasMessageContaining("scale must be finite and > 0");
        assertThatThrownBy(() -> new BinaryTarget("y", "a", "a")).hasMessageContaining("both labels are \"a\"");
        assertThatThrownBy(() -> new CategoricalColumn("c", java.util.List.of("a", "b"), "z"))
                .hasMessageContaining("most frequent category \"z\"");
    }
}
