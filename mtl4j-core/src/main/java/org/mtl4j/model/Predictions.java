package org.mtl4j.model;

import java.util.List;
import org.mtl4j.math.Matrix;

/**
 * A model's outputs for a set of rows, one matrix per task in task order: regression values in original
 * units (rows × k), the positive-class probability for binary tasks (rows × 1), class probabilities for
 * multiclass tasks (rows × K).
 *
 * @param tasks   the tasks, in the model's order
 * @param outputs one matrix per task
 */
public record Predictions(List<Task> tasks, List<Matrix> outputs) {
    public Predictions {
        tasks = List.copyOf(tasks);
        outputs = List.copyOf(outputs);
        if (tasks.size() != outputs.size()) {
            throw new IllegalArgumentException("Predictions: " + outputs.size() + " outputs for " + tasks.size()
                    + " tasks");
        }
    }

    /** Task {@code t}'s output matrix. */
    public Matrix output(int t) {
        return outputs.get(t);
    }

    /**
     * Predicted class indices of a classification task: probability ≥ 0.5 → 1 for binary tasks, the
     * argmax (first on ties) for multiclass tasks.
     */
    public int[] labels(int t) {
        Matrix output = outputs.get(t);
        return switch (tasks.get(t).kind()) {
            case BINARY -> {
                int[] labels = new int[output.rows()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = output.get(i, 0) >= 0.5 ? 1 : 0;
                }
                yield labels;
            }
            case MULTICLASS -> output.argmaxPerRow();
            case REGRESSION -> throw new IllegalArgumentException("labels: task \"" + tasks.get(t).name()
                    + "\" is a regression task and has no labels");
        };
    }

    public int rows() {
        return outputs.get(0).rows();
    }
}
