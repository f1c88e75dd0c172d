package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.BinaryTarget;
import org.mtl4j.data.CategoricalColumn;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.MulticlassTarget;
import org.mtl4j.data.NumericColumn;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.RegressionTarget;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.layer.Dense;
import org.mtl4j.loss.Loss;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.OutputScaling;
import org.mtl4j.model.Predictions;
import org.mtl4j.model.Task;
import org.mtl4j.optim.Adam;
import org.mtl4j.optim.Momentum;
import org.mtl4j.optim.Optimizer;
import org.mtl4j.optim.Sgd;
import org.mtl4j.train.TrainingConfig;

/** Save → load keeps every field, and the loaded model predicts bit for bit as the saved one. */
class ModelFileRoundTripTest {

    /**
     * Writes, reads and writes again: the second text must equal the first (so every field survived) and
     * the loaded model must predict bit-identically on random rows.
     */
    static SavedModel roundTrip(SavedModel saved) {
        byte[] bytes = ModelFile.toBytes(saved);
        SavedModel loaded = ModelFile.parse(bytes, "model.json");

        assertThat(ModelFile.toBytes(loaded)).isEqualTo(bytes);
        assertThat(loaded.model().architecture()).isEqualTo(saved.model().architecture());
        assertThat(loaded.model().parameters().sameValues(saved.model().parameters())).isTrue();
        assertThat(loaded.preprocessor()).isEqualTo(saved.preprocessor());
        assertThat(loaded.training()).isEqualTo(saved.training());
        Matrix features = Matrix.randomNormal(37, saved.model().architecture().inputSize(), 0, 2, new SplittableRandom(3));
        assertSamePredictions(loaded.model().predict(features), saved.model().predict(features));
        return loaded;
    }

    static void assertSamePredictions(Predictions actual, Predictions expected) {
        assertThat(actual.outputs()).hasSameSizeAs(expected.outputs());
        for (int t = 0; t < expected.outputs().size(); t++) {
            assertThat(actual.output(t)).as("task %d, bit for bit", t).isEqualTo(expected.output(t));
        }
    }

    static Stream<Activation> activations() {
        return Activation.all().stream();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void everyActivationInTrunkAndHeadsRoundTrips(Activation activation) {
        Architecture architecture = new Architecture(5,
                List.of(new Dense(5, 4, activation), new Dense(4, 3, Activation.byName("tanh")),
                        new Dense(3, 3, activation)),
                List.of(Task.regression("amount", 2).withActivation(activation),
                        Task.binary("flag").withActivation(activation),
                        Task.multiclass("kind", 3).withActivation(activation)));

        roundTrip(SavedModel.of(MultiTaskModel.initialize(architecture, new SplittableRandom(1))));
    }

    static Stream<Loss> losses() {
        return Loss.all().stream();
    }

    @ParameterizedTest
    @MethodSource("losses")
    void everyLossRoundTrips(Loss loss) {
        Architecture architecture = new Architecture(3, List.of(),
                List.of(Task.regression("y", 1).withLoss(loss).withWeight(0.25), Task.binary("b").withLoss(loss),
                        Task.multiclass("m", 4).withLoss(loss).withWeight(0.0)));

        SavedModel loaded = roundTrip(SavedModel.of(MultiTaskModel.initialize(architecture, new SplittableRandom(2))));

        assertThat(loaded.model().architecture().tasks()).extracting(Task::loss).containsOnly(loss);
    }

    @Test
    void everyTaskKindWithScalingAndTheSeedShapedModelWithoutTrunkRoundTrip() {
        Architecture architecture = new Architecture(4, List.of(), List.of(
                Task.regression("price", 3).withScaling(new OutputScaling(new double[] {1e6, -0.0, 3.5},
                        new double[] {2.5e-3, 1.0, -7.0})),
                Task.binary("sold"), Task.multiclass("grade", 5)));

        SavedModel loaded = roundTrip(SavedModel.of(MultiTaskModel.initialize(architecture, new SplittableRandom(4))));

        assertThat(loaded.preprocessor()).isNull();
        assertThat(loaded.training()).isNull();
        assertThat(new String(ModelFile.toBytes(loaded), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("\"preprocessing\"").doesNotContain("\"training\"");
    }

    static Stream<Optimizer> optimizers() {
        return Stream.of(new Sgd(0.1), new Momentum(0.05, 0.9, false), new Momentum(0.05, 0.95, true),
                new Adam(1e-3, 0.85, 0.995, 1e-7));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void trainingMetadataOfEveryOptimizerRoundTrips(Optimizer optimizer) {
        Architecture architecture = new Architecture(2, List.of(new Dense(2, 2, Activation.byName("relu"))),
                List.of(Task.regression("y", 1), Task.binary("b")));
        TrainingConfig config = new TrainingConfig(optimizer, 12, 16, 1e-4, 5.0, 3, -7_000_000_000L,
                BackwardRule.CHAIN_RULE);
        TrainingMetadata training = new TrainingMetadata(config, 9, 6,
                Map.of("y", Map.of("trainLoss", 0.125, "rSquared", 0.9), "b", Map.of("accuracy", 1.0)),
                "2026-12-03T12:00:00Z");

        SavedModel loaded = roundTrip(new SavedModel(
                MultiTaskModel.initialize(architecture, new SplittableRandom(5)), null, training));

        assertThat(loaded.training().config().optimizer()).isEqualTo(optimizer);
        assertThat(loaded.training().config().seed()).isEqualTo(-7_000_000_000L);
    }

    @Test
    void aModelSavedBeforeAnyEpochKeepsItsInitialWeightsAndEmptyMetrics() {
        Architecture architecture = new Architecture(3, List.of(new Dense(3, 2, Activation.byName("tanh"))),
                List.of(Task.multiclass("m", 3)));
        MultiTaskModel initial = MultiTaskModel.initialize(architecture, new SplittableRandom(6));
        TrainingMetadata training = new TrainingMetadata(TrainingConfig.defaults().withEpochs(0), 0, 0, Map.of(),
                "2026-12-03T12:00:00Z");

        SavedModel loaded = roundTrip(new SavedModel(initial, null, training));

        assertThat(loaded.model().parameters().sameValues(initial.parameters())).isTrue();
        assertThat(loaded.training().epochsRun()).isZero();
        assertThat(loaded.training().finalMetrics()).isEmpty();
    }

    @Test
    void nonFiniteMetricsAreLeftOutRatherThanWritten() {
        TrainingMetadata training = new TrainingMetadata(TrainingConfig.defaults(), 100, 100,
                Map.of("b", Map.of("rocAuc", Double.NaN, "accuracy", 0.5)), "2026-12-03T12:00:00Z");

        assertThat(training.finalMetrics()).isEqualTo(Map.of("b", Map.of("accuracy", 0.5)));
    }

    @Test
    void everyPreprocessingDecisionRoundTripsIncludingUnusualText() {
        Preprocessor preprocessor = new Preprocessor(
                List.of(new NumericColumn("Beak Length (mm)", 43.92192982456141, 5.4516838086138),
                        new CategoricalColumn("Ïsland \"north\"\\south", List.of("Biscoe", "Dream", "Tor\ngersen", ""),
                                "Dream"),
                        new NumericColumn("zero-spread", -0.0, 1.0)),
                List.of(new MulticlassTarget("Species", List.of("Adelie", "Chinstrap", "Gentoo")),
                        new BinaryTarget("Sex", "FEMALE", "MALE"),
                        new RegressionTarget("Body Mass (g)", 4201.754385964912, 801.9545356980956)),
                MissingValues.of("", "NA", ".", "n/a ", "日本"), MissingFeaturePolicy.IMPUTE,
                UnseenCategoryPolicy.ERROR);
        Architecture architecture = new Architecture(6, List.of(new Dense(6, 4, Activation.byName("tanh"))),
                IoFixtures.tasksFor(preprocessor, IoFixtures.PENGUIN_TASKS));

        SavedModel loaded = roundTrip(new SavedModel(MultiTaskModel.initialize(architecture, new SplittableRandom(7)),
                preprocessor, null));

        assertThat(loaded.preprocessor().inputNames()).isEqualTo(preprocessor.inputNames());
        assertThat(loaded.preprocessor().classLabel(0, 2)).isEqualTo("Gentoo");
        assertThat(loaded.preprocessor().classLabel(1, 1)).isEqualTo("MALE");
    }

    @Test
    void everyPolicyRoundTrips() {
        for (MissingFeaturePolicy missing : MissingFeaturePolicy.values()) {
            for (UnseenCategoryPolicy unseen : UnseenCategoryPolicy.values()) {
                Preprocessor preprocessor = new Preprocessor(List.of(new NumericColumn("x", 1, 2)),
                        List.of(new BinaryTarget("y", "0", "1")), MissingValues.defaults(), missing, unseen);
                Architecture architecture = new Architecture(1, List.of(), List.of(Task.binary("y")));

                SavedModel loaded = roundTrip(new SavedModel(
                        MultiTaskModel.initialize(architecture, new SplittableRandom(8)), preprocessor, null));

                assertThat(loaded.preprocessor().missingFeatures()).isEqualTo(missing);
                assertThat(loaded.preprocessor().unseenCategories()).isEqualTo(unseen);
            }
        }
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreIgnored() {
        Architecture architecture = new Architecture(2, List.of(), List.of(Task.binary("b")));
        SavedModel saved = SavedModel.of(MultiTaskModel.initialize(architecture, new SplittableRandom(9)));
        var root = ModelFile.toJson(saved);
        root.put("comment", "written by a later minor version");
        ((tools.jackson.databind.node.ObjectNode) root.get("architecture").get("tasks").get(0)).put("color", "blue");

        SavedModel loaded = ModelFile.parse(JsonDocument.write(root), "model.json");

        assertThat(ModelFile.toBytes(loaded)).isEqualTo(ModelFile.toBytes(saved));
    }
}
