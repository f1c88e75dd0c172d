package org.mtl4j.train;

import java.util.ArrayList;
import java.util.List;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.BatchWorkspace;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Predictions;
import org.mtl4j.model.Task;

/**
 * A model measured on a set of rows: the total loss {@code Σ_t w_t L_t}, each task's loss (as defined in
 * docs/math.md, over its labelled rows) and each task's metrics.
 *
 * @param totalLoss  Σ_t w_t · taskLosses[t]
 * @param taskLosses each task's unweighted loss
 * @param metrics    each task's metrics
 */
public record Evaluation(double totalLoss, double[] taskLosses, List<TaskMetrics> metrics) {
    public Evaluation {
        taskLosses = taskLosses.clone();
        metrics = List.copyOf(metrics);
    }

    @Override
    public double[] taskLosses() {
        return taskLosses.clone();
    }

    /** Measures {@code model} (not modified) on {@code rows} (not modified). */
    public static Evaluation of(MultiTaskModel model, TrainingSet rows) {
        if (rows.rows() == 0) {
            throw new IllegalArgumentException("evaluate: no rows to evaluate on");
        }
        BatchWorkspace workspace = new BatchWorkspace(model.architecture(), rows.rows(), BackwardRule.AUTO);
        workspace.gatherAll(rows.features(), rows.targets());
        double total = workspace.loss(model.parameters());
        List<Task> tasks = model.architecture().tasks();
        List<Matrix> outputs = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            Matrix output = Matrix.zeros(rows.rows(), tasks.get(t).outputs());
            tasks.get(t).scaling().toOriginal(workspace.taskOutput(t), output, 0);
            outputs.add(output);
        }
        Predictions predictions = new Predictions(tasks, outputs);
        List<TaskMetrics> metrics = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            metrics.add(Metrics.of(tasks.get(t), predictions.output(t), rows.targets().get(t)));
        }
        return new Evaluation(total, workspace.taskLosses(), metrics);
    }
}
