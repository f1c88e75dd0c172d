package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.EncodedData;
import org.mtl4j.data.PreparedData;
import org.mtl4j.data.TransformResult;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Predictions;

/**
 * The whole path on a real data set: read penguins.csv, split, fit the preprocessing, train, save, load in
 * a fresh object graph, then encode the CSV again with the loaded preprocessing and predict. Skipped when
 * the shared data folder is not beside the repository.
 */
class PenguinsModelFileTest {
    private static CsvTable table;

    @TempDir
    Path folder;

    @BeforeAll
    static void readPenguins() {
        Optional<Path> csv = IoFixtures.penguinsCsv();
        assumeTrue(csv.isPresent(), "shared/data/penguins.csv not found; set -Dmtl4j.sharedData to run this test");
        table = CsvTable.read(csv.get(), IoFixtures.PENGUIN_CSV);
    }

    @Test
    void aTrainedModelLoadsBackAndPredictsTheCsvBitForBit() {
        PreparedData data = IoFixtures.preparePenguins(table, 11);
        SavedModel saved = IoFixtures.trainPenguins(data, List.of(8, 4), IoFixtures.adam(4, 11),
                Instant.parse("2026-12-03T12:00:00Z"));
        Path file = folder.resolve("penguins-model.json");

        ModelFile.save(saved, file);
        SavedModel loaded = ModelFile.load(file);

        TransformResult original = saved.preprocessor().transform(table);
        TransformResult again = loaded.preprocessor().transform(table);
        EncodedData encoded = again.data();
        assertThat(encoded.features()).isEqualTo(original.data().features());
        for (int t = 0; t < encoded.targets().size(); t++) {
            assertThat(encoded.targets().get(t).values()).isEqualTo(original.data().targets().get(t).values());
            assertThat(encoded.targets().get(t).labelled()).isEqualTo(original.data().targets().get(t).labelled());
        }
        assertThat(again.report().messages()).isEqualTo(original.report().messages());

        Predictions expected = saved.model().predict(original.data().features());
        Predictions actual = loaded.model().predict(encoded.features());
        ModelFileRoundTripTest.assertSamePredictions(actual, expected);
        assertThat(actual.rows()).isEqualTo(344);
        assertThat(loaded.training()).isEqualTo(saved.training());
        assertThat(loaded.training().epochsRun()).isEqualTo(4);
        assertThat(loaded.training().finalMetrics()).containsOnlyKeys("Species", "Sex", "Body Mass (g)");
        assertThat(loaded.training().finalMetrics().get("Species")).containsKeys("trainLoss", "validationLoss",
                "accuracy", "macroF1", "logLoss");
    }

    @Test
    void trainingForZeroEpochsSavesTheInitialisedModel() {
        PreparedData data = IoFixtures.preparePenguins(table, 12);
        SavedModel saved = IoFixtures.trainPenguins(data, List.of(4), IoFixtures.adam(0, 12),
                Instant.parse("2026-12-03T12:00:00Z"));
        MultiTaskModel initialised = MultiTaskModel.initialize(saved.model().architecture(), new SplittableRandom(12));
        Path file = folder.resolve("initial.json");

        ModelFile.save(saved, file);
        SavedModel loaded = ModelFile.load(file);

        assertThat(loaded.model().parameters().sameValues(initialised.parameters())).isTrue();
        assertThat(loaded.training().epochsRun()).isZero();
        assertThat(loaded.training().bestEpoch()).isZero();
        assertThat(loaded.training().finalMetrics()).isEmpty();
    }
}
