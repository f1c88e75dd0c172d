package org.mtl4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;

/**
 * A multi-task network: its {@link Architecture} (configuration) and its {@link ModelParameters} (learned
 * numbers), kept apart.
 *
 * <p>{@link #predict} is safe to call from many threads at once: it reads the parameters and allocates its
 * own buffers. Training changes the parameters in place and must not overlap with prediction.
 *
 * @param architecture trunk and tasks
 * @param parameters   weights and biases shaped for the architecture
 */
public record MultiTaskModel(Architecture architecture, ModelParameters parameters) {
    /** Rows predicted per chunk, bounding the memory of a prediction over a large table. */
    private static final int PREDICTION_CHUNK = 1024;

    public MultiTaskModel {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(parameters, "parameters");
        List<Matrix> expected = ModelParameters.zeros(architecture).blocks();
        List<Matrix> actual = parameters.blocks();
        List<String> names = parameters.blockNames();
        if (expected.size() != actual.size()) {
            throw new IllegalArgumentException("MultiTaskModel: the architecture has " + expected.size() / 2
                    + " layers, the parameters " + actual.size() / 2);
        }
        for (int b = 0; b < expected.size(); b++) {
            if (!expected.get(b).sameShape(actual.get(b))) {
                throw new IllegalArgumentException("MultiTaskModel: " + names.get(b) + " is " + actual.get(b).shape()
                        + ", the architecture needs " + expected.get(b).shape());
            }
        }
    }

    /** A freshly initialised model (Glorot/He weights, zero biases) drawn from {@code random}. */
    public static MultiTaskModel initialize(Architecture architecture, RandomGenerator random) {
        return new MultiTaskModel(architecture, Initializer.initialize(architecture, random));
    }

    /** A model with a deep copy of the parameters. */
    public MultiTaskModel copy() {
        return new MultiTaskModel(architecture, parameters.copy());
    }

    /**
     * Predictions for every row of {@code features} (rows × inputSize, encoded as in training; not
     * modified): regression values in original units, binary probabilities, class probabilities.
     */
    public Predictions predict(Matrix features) {
        if (features.columns() != architecture.inputSize()) {
            throw new IllegalArgumentException("predict: features " + features.shape() + " have "
                    + features.columns() + " columns, the model takes " + architecture.inputSize());
        }
        int rows = features.rows();
        List<Matrix> outputs = new ArrayList<>();
        for (Task task : architecture.tasks()) {
            outputs.add(Matrix.zeros(rows, task.outputs()));
        }
        BatchWorkspace full = rows >= PREDICTION_CHUNK
                ? new BatchWorkspace(architecture, PREDICTION_CHUNK, BackwardRule.AUTO) : null;
        for (int from = 0; from < rows; from += PREDICTION_CHUNK) {
            int count = Math.min(PREDICTION_CHUNK, rows - from);
            BatchWorkspace workspace = count == PREDICTION_CHUNK ? full
                    : new BatchWorkspace(architecture, count, BackwardRule.AUTO);
            features.rowRangeInto(from, count, workspace.input());
            workspace.forward(parameters);
            for (int t = 0; t < outputs.size(); t++) {
                architecture.tasks().get(t).scaling().toOriginal(workspace.taskOutput(t), outputs.get(t), from);
            }
        }
        return new Predictions(architecture.tasks(), outputs);
    }

    /**
     * The total loss on {@code features} and {@code targets} (not modified) and its gradient, written into
     * {@code gradients} (modified). The entry point of whole-model gradient checks.
     */
    public double lossAndGradient(Matrix features, List<TaskTargets> targets, BackwardRule rule,
                                  ModelParameters gradients) {
        BatchWorkspace workspace = new BatchWorkspace(architecture, features.rows(), rule);
        workspace.gatherAll(features, targets);
        return workspace.lossAndGradient(parameters, gradients);
    }
}
