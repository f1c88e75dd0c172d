package org.mtl4j.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.EncodedData;
import org.mtl4j.data.PreparedData;
import org.mtl4j.data.SchemaOptions;
import org.mtl4j.data.SplitOptions;
import org.mtl4j.io.SavedModel;
import org.mtl4j.io.TrainingMetadata;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.train.Evaluation;
import org.mtl4j.train.History;
import org.mtl4j.train.Trainer;
import org.mtl4j.train.TrainingConfig;
import org.mtl4j.train.TrainingListener;
import org.mtl4j.train.TrainingResult;
import org.mtl4j.train.TrainingSet;

/**
 * The steps every training run takes, shared by {@code train} and {@code demo} (seed section 6): split and
 * encode the table, build and initialise the model, train, measure the held-out part, and assemble what is
 * saved.
 *
 * <p>One seed drives everything through independent streams: the split, the initial weights, the shuffling.
 */
final class TrainingJob {
    private TrainingJob() {
    }

    /**
     * What to train.
     *
     * @param table            the whole file
     * @param schema           tasks, features and policies
     * @param split            validation and test fractions, optional stratification
     * @param hiddenSizes      trunk widths (empty: the seed's single layer)
     * @param hiddenActivation the trunk's activation
     * @param config           optimizer, epochs, batch size, …, seed
     */
    record Request(CsvTable table, SchemaOptions schema, SplitOptions split, List<Integer> hiddenSizes,
                   Activation hiddenActivation, TrainingConfig config) {
    }

    /**
     * What came out.
     *
     * @param prepared the encoded parts and the report on the data
     * @param result   the trained model and its history
     * @param test     metrics on the test part, or {@code null} without one
     * @param saved    what the model file holds
     */
    record Outcome(PreparedData prepared, TrainingResult result, Evaluation test, SavedModel saved) {
        MultiTaskModel model() {
            return result.model();
        }

        History history() {
            return result.history();
        }
    }

    /** The prepared data and the initialised model, before training. */
    record Start(Request request, PreparedData prepared, MultiTaskModel initial) {
    }

    /** Splits and encodes the table and initialises the model (seeded). */
    static Start prepare(Request request) {
        SplittableRandom root = new SplittableRandom(request.config().seed());
        SplittableRandom splitRandom = root.split();
        SplittableRandom initRandom = root.split();
        PreparedData prepared = PreparedData.prepare(request.table(), request.schema(), request.split(), splitRandom);
        Architecture architecture = Architecture.of(prepared.preprocessor().featureWidth(), request.hiddenSizes(),
                request.hiddenActivation(), prepared.preprocessor().tasks(request.schema().tasks()));
        return new Start(request, prepared, MultiTaskModel.initialize(architecture, initRandom));
    }

    /** Trains, measures the held-out part and assembles what is saved. */
    static Outcome train(Start start, TrainingListener listener) {
        PreparedData prepared = start.prepared();
        TrainingSet validation = prepared.validation().features().rows() == 0 ? null : set(prepared.validation());
        TrainingResult result = new Trainer(start.request().config()).fit(start.initial(), set(prepared.train()),
                validation, listener);
        Evaluation test = prepared.test().features().rows() == 0 ? null : Evaluation.of(result.model(), set(prepared.test()));
        TrainingMetadata metadata = TrainingMetadata.of(start.request().config(), result.history(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return new Outcome(prepared, result, test, new SavedModel(result.model(), prepared.preprocessor(), metadata));
    }

    static TrainingSet set(EncodedData data) {
        return new TrainingSet(data.features(), data.targets());
    }

    /** Per-part row counts, for printing. */
    static Map<String, Integer> partSizes(PreparedData prepared) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("train", prepared.train().features().rows());
        sizes.put("validation", prepared.validation().features().rows());
        sizes.put("test", prepared.test().features().rows());
        return sizes;
    }
}
