package org.mtl4j.io;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mtl4j.train.EpochRecord;
import org.mtl4j.train.History;
import org.mtl4j.train.TaskMetrics;
import org.mtl4j.train.TrainingConfig;

/**
 * How a saved model was trained: its configuration (seed, optimizer and settings), how many epochs ran, which
 * epoch's weights were kept, that epoch's per-task metrics, and when.
 *
 * @param config       the training configuration
 * @param epochsRun    epochs actually run, 0 … config.epochs (fewer than configured after early stopping)
 * @param bestEpoch    the epoch whose weights the model holds, 0 … epochsRun (0: the initial weights)
 * @param finalMetrics per task (in task order), metric name → value; non-finite values are left out
 * @param date         when the model was trained or saved, ISO-8601, e.g. {@code 2026-12-03T12:00:00Z}
 */
public record TrainingMetadata(TrainingConfig config, int epochsRun, int bestEpoch,
                               Map<String, Map<String, Double>> finalMetrics, String date) {
    public TrainingMetadata {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(date, "date");
        if (epochsRun < 0 || epochsRun > config.epochs()) {
            throw new IllegalArgumentException("epochsRun must be in 0 … " + config.epochs() + ", was " + epochsRun);
        }
        if (bestEpoch < 0 || bestEpoch > epochsRun) {
            throw new IllegalArgumentException("bestEpoch must be in 0 … " + epochsRun + ", was " + bestEpoch);
        }
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        finalMetrics.forEach((task, values) -> {
            Map<String, Double> finite = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (Double.isFinite(value)) {
                    finite.put(name, value);
                }
            });
            copy.put(task, Collections.unmodifiableMap(finite));
        });
        finalMetrics = Collections.unmodifiableMap(copy);
    }

    /**
     * The metadata of a finished run: epochs run, the kept epoch and that epoch's per-task metrics —
     * {@code trainLoss} and, with a validation set, {@code validationLoss} and the validation metrics
     * ({@code rootMeanSquaredError}, {@code meanAbsoluteError}, {@code rSquared}; {@code accuracy},
     * {@code logLoss}, {@code rocAuc}; {@code accuracy}, {@code macroF1}, {@code logLoss}). Metrics are empty
     * when no epoch ran (a model saved as initialised).
     */
    public static TrainingMetadata of(TrainingConfig config, History history, Instant date) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        EpochRecord kept = history.bestEpoch() == 0 ? null : history.epochs().get(history.bestEpoch() - 1);
        if (kept != null) {
            List<String> tasks = history.taskNames();
            for (int t = 0; t < tasks.size(); t++) {
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("trainLoss", kept.trainTaskLosses()[t]);
                if (kept.hasValidation()) {
                    values.put("validationLoss", kept.validationTaskLosses()[t]);
                    addMetrics(values, kept.validationMetrics().get(t));
                }
                metrics.put(tasks.get(t), values);
            }
        }
        return new TrainingMetadata(config, history.epochs().size(), history.bestEpoch(), metrics, date.toString());
    }

    private static void addMetrics(Map<String, Double> values, TaskMetrics metrics) {
        switch (metrics) {
            case TaskMetrics.Regression regression -> {
                values.put("rootMeanSquaredError", regression.rootMeanSquaredError());
                values.put("meanAbsoluteError", regression.meanAbsoluteError());
                values.put("rSquared", regression.rSquared());
            }
            case TaskMetrics.Binary binary -> {
                values.put("accuracy", binary.accuracy());
                values.put("logLoss", binary.logLoss());
                values.put("rocAuc", binary.rocAuc());
            }
            case TaskMetrics.Multiclass multiclass -> {
                values.put("accuracy", multiclass.accuracy());
                values.put("macroF1", multiclass.macroF1());
                values.put("logLoss", multiclass.logLoss());
            }
        }
    }
}
