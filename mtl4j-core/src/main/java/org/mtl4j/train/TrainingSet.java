package org.mtl4j.train;

import java.util.List;
import java.util.Objects;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.TaskTargets;

/**
 * Encoded rows to train or evaluate on: features (rows × inputs) and, per task in model order, targets
 * with their label mask.
 *
 * @param features rows × inputs
 * @param targets  one entry per task, each with {@code features.rows()} rows
 */
public record TrainingSet(Matrix features, List<TaskTargets> targets) {
    public TrainingSet {
        Objects.requireNonNull(features, "features");
        targets = List.copyOf(targets);
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).values().rows() != features.rows()) {
                throw new IllegalArgumentException("TrainingSet: task " + t + " has " + targets.get(t).values().rows()
                        + " target rows for " + features.rows() + " feature rows");
            }
        }
    }

    public int rows() {
        return features.rows();
    }

    /** The listed rows, in that order. */
    public TrainingSet selectRows(int[] rowIndices) {
        return new TrainingSet(features.selectRows(rowIndices),
                targets.stream().map(target -> target.selectRows(rowIndices)).toList());
    }
}
