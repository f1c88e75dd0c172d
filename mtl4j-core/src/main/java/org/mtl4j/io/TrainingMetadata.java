package org.mtl4j.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mtl4j.train.TrainingConfig;

/**
 * How a saved model was trained: its configuration (seed, optimizer and settings), how many epochs ran, which
 * epoch's weights were kept, the final per-task metrics and when.
 *
 * @param config       the training configuration
 * @param epochsRun    epochs actually run (fewer than configured after early stopping)
 * @param bestEpoch    the epoch whose weights the model holds (0: the initial weights)
 * @param finalMetrics per task (in task order), metric name → value; NaN values are left out
 * @param date         ISO-8601 instant the model was saved, e.g. {@code 2026-12-03T12:00:00Z}
 */
public record TrainingMetadata(TrainingConfig config, int epochsRun, int bestEpoch,
                               Map<String, Map<String, Double>> finalMetrics, String date) {
    public TrainingMetadata {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(date, "date");
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        finalMetrics.forEach((task, values) -> copy.put(task, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        finalMetrics = Collections.unmodifiableMap(copy);
    }
}
