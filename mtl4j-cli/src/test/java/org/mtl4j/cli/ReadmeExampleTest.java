package org.mtl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.PreparedData;
import org.mtl4j.data.SchemaOptions;
import org.mtl4j.data.SplitOptions;
import org.mtl4j.io.ModelFile;
import org.mtl4j.io.SavedModel;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Predictions;
import org.mtl4j.train.Trainer;
import org.mtl4j.train.TrainingConfig;
import org.mtl4j.train.TrainingListener;
import org.mtl4j.train.TrainingResult;
import org.mtl4j.train.TrainingSet;

/** The README's Java example, line for line, so that it keeps compiling and working. */
class ReadmeExampleTest {
    @TempDir
    Path folder;

    @Test
    void readmeJavaExampleRuns() throws IOException {
        Path penguins = CliRun.penguins(folder);
        Path modelFile = folder.resolve("model.json");

        // --- README example starts here ---
        CsvTable table = CsvTable.read(penguins, CsvOptions.defaults().withMissingValues(MissingValues.defaults().plus(".")));
        SchemaOptions schema = SchemaOptions.forTasks("Species:multiclass", "Sex:binary", "Body Mass (g):regression");
        PreparedData data = PreparedData.prepare(table, schema, SplitOptions.of(0.2, 0.2), new SplittableRandom(42));

        Architecture architecture = Architecture.of(data.preprocessor().featureWidth(), List.of(16),
                Activation.byName("tanh"), data.preprocessor().tasks(schema.tasks()));
        MultiTaskModel initial = MultiTaskModel.initialize(architecture, new SplittableRandom(7));
        TrainingResult result = new Trainer(TrainingConfig.defaults().withEpochs(100).withPatience(20)).fit(initial,
                new TrainingSet(data.train().features(), data.train().targets()),
                new TrainingSet(data.validation().features(), data.validation().targets()), TrainingListener.NONE);

        Predictions predictions = result.model().predict(data.test().features());
        double massOfFirstTestPenguin = predictions.output(2).get(0, 0);        // grams
        String speciesOfFirstTestPenguin = data.preprocessor().classLabel(0, predictions.labels(0)[0]);
        ModelFile.save(new SavedModel(result.model(), data.preprocessor(), null), modelFile);
        // --- README example ends here ---

        assertThat(massOfFirstTestPenguin).isBetween(2500.0, 6500.0);
        assertThat(speciesOfFirstTestPenguin).isIn("Adelie", "Chinstrap", "Gentoo");
        assertThat(ModelFile.load(modelFile).model().predict(data.test().features()).output(2))
                .isEqualTo(predictions.output(2));
    }
}
