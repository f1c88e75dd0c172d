package org.mtl4j.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.BinaryTarget;
import org.mtl4j.data.CategoricalColumn;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.Fixtures;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.MulticlassTarget;
import org.mtl4j.data.NumericColumn;
import org.mtl4j.data.PreparedData;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.RegressionTarget;
import org.mtl4j.data.SchemaOptions;
import org.mtl4j.data.SplitOptions;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.optim.Adam;
import org.mtl4j.train.Trainer;
import org.mtl4j.train.TrainingConfig;
import org.mtl4j.train.TrainingListener;
import org.mtl4j.train.TrainingResult;
import org.mtl4j.train.TrainingSet;

/** Models, preprocessors and the penguins data set for the model-file tests. */
final class IoFixtures {
    /** Penguins: "." marks a missing sex; missing measurements are imputed. */
    static final CsvOptions PENGUIN_CSV = CsvOptions.defaults().withMissingValues(MissingValues.defaults().plus("."));
    static final SchemaOptions PENGUIN_TASKS = SchemaOptions
            .forTasks("Species:multiclass", "Sex:binary", "Body Mass (g):regression:0.5")
            .withMissingFeatures(MissingFeaturePolicy.IMPUTE);

    private IoFixtures() {
    }

    /** {@code penguins.csv} in the shared data folder, when it is there. */
    static Optional<Path> penguinsCsv() {
        return Fixtures.sharedData().map(folder -> folder.resolve("penguins.csv"));
    }

    /**
     * One task per target of {@code preprocessor}, in its order, with the default activation and loss of its
     * kind, the weight of its spec in {@code schema}, and (regression) the target's mean and scale as output
     * scaling, so that the model predicts in original units.
     */
    static List<Task> tasksFor(Preprocessor preprocessor, SchemaOptions schema) {
        return preprocessor.tasks(schema.tasks());
    }

    /** The penguins file split 70/20/10 (stratified on species) and encoded. */
    static PreparedData preparePenguins(CsvTable table, long seed) {
        return PreparedData.prepare(table, PENGUIN_TASKS, SplitOptions.of(0.2, 0.1).stratifiedOn("Species"),
                new SplittableRandom(seed));
    }

    /** A model for {@code data} with a trunk of {@code hiddenSizes} tanh layers, trained by {@code config}. */
    static SavedModel trainPenguins(PreparedData data, List<Integer> hiddenSizes, TrainingConfig config,
                                    Instant date) {
        Preprocessor preprocessor = data.preprocessor();
        Architecture architecture = Architecture.of(preprocessor.featureWidth(), hiddenSizes,
                Activation.byName("tanh"), tasksFor(preprocessor, PENGUIN_TASKS));
        MultiTaskModel initial = MultiTaskModel.initialize(architecture, new SplittableRandom(config.seed()));
        TrainingResult result = new Trainer(config).fit(initial,
                new TrainingSet(data.train().features(), data.train().targets()),
                new TrainingSet(data.validation().features(), data.validation().targets()), TrainingListener.NONE);
        return new SavedModel(result.model(), preprocessor, TrainingMetadata.of(config, result.history(), date));
    }

    /** Adam(0.01), the given epochs, batch 32. */
    static TrainingConfig adam(int epochs, long seed) {
        return TrainingConfig.defaults().withOptimizer(Adam.withDefaults(0.01)).withEpochs(epochs).withSeed(seed);
    }

    /**
     * A small model built in code with every section: features Island (3 categories), two numeric columns;
     * a trunk 5 → 4 (tanh); tasks Species (3 classes), Sex, Body Mass (g); Adam metadata.
     */
    static SavedModel smallModel() {
        Preprocessor preprocessor = new Preprocessor(
                List.of(new CategoricalColumn("Island", List.of("Biscoe", "Dream", "Torgersen"), "Biscoe"),
                        new NumericColumn("Beak Length (mm)", 43.9, 5.46),
                        new NumericColumn("Flipper Length (mm)", 200.9, 14.06)),
                List.of(new MulticlassTarget("Species", List.of("Adelie", "Chinstrap", "Gentoo")),
                        new BinaryTarget("Sex", "FEMALE", "MALE"), new RegressionTarget("Body Mass (g)", 4201.75, 801.95)),
                MissingValues.defaults().plus("."), MissingFeaturePolicy.IMPUTE, UnseenCategoryPolicy.ZEROS);
        Architecture architecture = Architecture.of(5, List.of(4), Activation.byName("tanh"),
                tasksFor(preprocessor, PENGUIN_TASKS));
        MultiTaskModel model = MultiTaskModel.initialize(architecture, new SplittableRandom(11));
        TrainingConfig config = adam(3, 11);
        return new SavedModel(model, preprocessor, metadata(config,
                Map.of("Species", Map.of("trainLoss", 0.4, "accuracy", 0.9))));
    }

    /** Metadata of a run that never happened, for models built in code. */
    static TrainingMetadata metadata(TrainingConfig config, Map<String, Map<String, Double>> metrics) {
        return new TrainingMetadata(config, config.epochs(), config.epochs(), metrics, "2026-01-02T03:04:05Z");
    }
}
