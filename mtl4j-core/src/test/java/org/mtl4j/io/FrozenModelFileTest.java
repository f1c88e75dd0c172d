package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.BinaryTarget;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.MulticlassTarget;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.RegressionTarget;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.layer.Dense;
import org.mtl4j.loss.Loss;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.OutputScaling;
import org.mtl4j.model.Predictions;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskKind;
import org.mtl4j.optim.Adam;
import org.mtl4j.train.TrainingConfig;
import tools.jackson.databind.JsonNode;

/**
 * {@code models/v1-penguins.json} was written once by format version 1 ({@link FrozenModelGenerator}: a trunk
 * of 4 tanh units trained 20 epochs on penguins) and is never rewritten: every later version must load it
 * and predict what it predicted. The expected numbers come from the NumPy snippet of docs/model-format.md,
 * run on the same file and rows, not from Java.
 */
class FrozenModelFileTest {
    /** Rows to predict: three penguins, one with missing measurements (imputed), one on an unseen island. */
    private static final String ROWS = """
            Species,Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex
            Adelie,Torgersen,39.1,18.7,181,3750,MALE
            Gentoo,Biscoe,46.1,13.2,211,4500,FEMALE
            Chinstrap,Dream,49.0,19.5,210,3950,MALE
            ,Dream,NA,17.0,,,
            ,Alcatraz,45,15,200,,
            """;

    /** Printed by the NumPy snippet of docs/model-format.md for {@link #ROWS}: Species probabilities. */
    private static final double[][] NUMPY_SPECIES = {
        {0.9624848804669566, 0.035154593980943845, 0.002360525552099514},
        {0.010534361015862572, 0.012213435182671024, 0.9772522038014665},
        {0.07771548417892586, 0.8360937622916175, 0.08619075352945678},
        {0.18153528108200226, 0.7615931486703595, 0.05687157024763811},
        {0.20410311617554858, 0.39421682539280506, 0.4016800584316463},
    };
    /** … the probability that Sex is MALE. */
    private static final double[] NUMPY_SEX = {
        0.39833203348832963, 0.1895795675353581, 0.7889173597578187, 0.5453972097981408, 0.1573598194855364,
    };
    /** … Body Mass (g) in grams. */
    private static final double[] NUMPY_BODY_MASS = {
        3427.848803844974, 4523.645039743183, 4376.557783505043, 3883.4353274131427, 3669.8362741872197,
    };

    private static Path frozenFile() {
        try {
            return Path.of(FrozenModelFileTest.class.getResource("/models/v1-penguins.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertClose(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).as("%s vs NumPy's %s", actual, expected)
                .isLessThanOrEqualTo(1e-12 * Math.max(1.0, Math.abs(expected)));
    }

    @Test
    void predictsWhatNumPyComputesFromTheSameFile() {
        SavedModel saved = ModelFile.load(frozenFile());
        CsvTable rows = CsvTable.read(new StringReader(ROWS), "rows.csv", CsvOptions.defaults());

        Matrix features = saved.preprocessor().transform(rows).data().features();
        Predictions predictions = saved.model().predict(features);

        assertThat(predictions.rows()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 3; k++) {
                assertClose(predictions.output(0).get(i, k), NUMPY_SPECIES[i][k]);
            }
            assertClose(predictions.output(1).get(i, 0), NUMPY_SEX[i]);
            assertClose(predictions.output(2).get(i, 0), NUMPY_BODY_MASS[i]);
        }
        int[] species = predictions.labels(0);
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> saved.preprocessor().classLabel(0, species[i])))
                .containsExactly("Adelie", "Gentoo", "Chinstrap", "Chinstrap", "Gentoo");
    }

    @Test
    void holdsTheArchitectureItWasWrittenWith() {
        Architecture architecture = ModelFile.load(frozenFile()).model().architecture();

        assertThat(architecture.inputSize()).isEqualTo(6);
        assertThat(architecture.trunk()).containsExactly(new Dense(6, 4, Activation.byName("tanh")));
        assertThat(architecture.tasks()).extracting(Task::name, Task::kind, Task::outputs, Task::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Species", TaskKind.MULTICLASS, 3, 1.0),
                org.assertj.core.groups.Tuple.tuple("Sex", TaskKind.BINARY, 1, 1.0),
                org.assertj.core.groups.Tuple.tuple("Body Mass (g)", TaskKind.REGRESSION, 1, 0.5));
        assertThat(architecture.tasks()).extracting(Task::activation).containsExactly(Activation.byName("softmax"),
                Activation.byName("sigmoid"), Activation.byName("identity"));
        assertThat(architecture.tasks()).extracting(Task::loss).containsExactly(
                Loss.byName("categorical_cross_entropy"), Loss.byName("binary_cross_entropy"),
                Loss.byName("squared_error"));
        assertThat(architecture.tasks().get(2).scaling())
                .isEqualTo(new OutputScaling(new double[] {4189.121338912134}, new double[] {769.1807179776853}));
    }

    @Test
    void holdsThePreprocessingItWasWrittenWith() {
        Preprocessor preprocessor = ModelFile.load(frozenFile()).preprocessor();

        assertThat(preprocessor.inputNames()).containsExactly("Island=Biscoe", "Island=Dream", "Island=Torgersen",
                "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)");
        assertThat(preprocessor.missingValues().tokens()).containsExactlyInAnyOrder("", ".", "?", "N/A", "NA", "NaN",
                "null");
        assertThat(preprocessor.missingFeatures()).isEqualTo(MissingFeaturePolicy.IMPUTE);
        assertThat(preprocessor.unseenCategories()).isEqualTo(UnseenCategoryPolicy.ZEROS);
        assertThat(preprocessor.targets()).containsExactly(
                new MulticlassTarget("Species", List.of("Adelie", "Chinstrap", "Gentoo")),
                new BinaryTarget("Sex", "FEMALE", "MALE"),
                new RegressionTarget("Body Mass (g)", 4189.121338912134, 769.1807179776853));
    }

    @Test
    void holdsTheTrainingItWasWrittenWith() throws IOException {
        SavedModel saved = ModelFile.load(frozenFile());
        JsonNode root = JsonDocument.read(Files.readAllBytes(frozenFile()), "v1-penguins.json");

        assertThat(root.get("format").stringValue()).isEqualTo("mtl4j-model");
        assertThat(root.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(root.get("libraryVersion").stringValue()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(saved.training().config()).isEqualTo(new TrainingConfig(new Adam(0.01, 0.9, 0.999, 1e-8), 20, 32,
                0.0, 0.0, 0, 2026L, BackwardRule.AUTO));
        assertThat(saved.training().epochsRun()).isEqualTo(20);
        assertThat(saved.training().bestEpoch()).isEqualTo(20);
        assertThat(saved.training().date()).isEqualTo("2026-12-03T12:00:00Z");
        assertThat(saved.training().finalMetrics().get("Species")).containsEntry("accuracy", 1.0);
        assertThat(saved.training().finalMetrics().get("Body Mass (g)")).containsEntry("rSquared", 0.8681733891200545);
        assertThat(saved.model().parameters().count()).isEqualTo(6 * 4 + 4 + 4 * 5 + 5);
    }
}
