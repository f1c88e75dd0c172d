package org.mtl4j.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.model.Task;
import org.mtl4j.train.TaskMetrics;

/** Prints per-task metrics as a table a person can read, and turns them into name → value maps for files. */
final class MetricsReport {
    private MetricsReport() {
    }

    /** One task's metrics by name, in a fixed order. */
    static Map<String, Double> values(TaskMetrics metrics) {
        Map<String, Double> values = new LinkedHashMap<>();
        switch (metrics) {
            case TaskMetrics.Regression r -> {
                values.put("rmse", r.rootMeanSquaredError());
                values.put("mae", r.meanAbsoluteError());
                values.put("r2", r.rSquared());
            }
            case TaskMetrics.Binary b -> {
                values.put("accuracy", b.accuracy());
                values.put("roc_auc", b.rocAuc());
                values.put("log_loss", b.logLoss());
            }
            case TaskMetrics.Multiclass m -> {
                values.put("accuracy", m.accuracy());
                values.put("macro_f1", m.macroF1());
                values.put("log_loss", m.logLoss());
            }
        }
        values.put("rows", (double) metrics.rows());
        return values;
    }

    /** A table: one line per task with its kind, labelled rows and metrics. */
    static void print(PrintWriter out, List<Task> tasks, List<TaskMetrics> metrics) {
        int width = Math.max(4, tasks.stream().mapToInt(task -> task.name().length()).max().orElse(4));
        out.printf(Locale.ROOT, "  %-" + width + "s  %-10s  %5s  %s%n", "task", "kind", "rows", "metrics");
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            out.printf(Locale.ROOT, "  %-" + width + "s  %-10s  %5d  %s%n", task.name(), task.kind().label(),
                    metrics.get(t).rows(), describe(metrics.get(t)));
        }
    }

    /** The metrics of one task in words, e.g. {@code accuracy 0.985  macro-F1 0.981  log loss 0.052}. */
    static String describe(TaskMetrics metrics) {
        if (metrics.rows() == 0) {
            return "no labelled rows, nothing to measure";
        }
        return switch (metrics) {
            case TaskMetrics.Regression r -> String.format(Locale.ROOT, "RMSE %s  MAE %s  R² %s",
                    number(r.rootMeanSquaredError()), number(r.meanAbsoluteError()), number(r.rSquared()));
            case TaskMetrics.Binary b -> String.format(Locale.ROOT, "accuracy %s  ROC AUC %s  log loss %s",
                    number(b.accuracy()), number(b.rocAuc()), number(b.logLoss()));
            case TaskMetrics.Multiclass m -> String.format(Locale.ROOT, "accuracy %s  macro-F1 %s  log loss %s",
                    number(m.accuracy()), number(m.macroF1()), number(m.logLoss()));
        };
    }

    /** Confusion matrices of the classification tasks, rows = true class, columns = predicted class. */
    static void printConfusion(PrintWriter out, List<Task> tasks, List<TaskMetrics> metrics, Preprocessor preprocessor) {
        for (int t = 0; t < tasks.size(); t++) {
            int[][] counts = switch (metrics.get(t)) {
                case TaskMetrics.Multiclass m -> m.confusion();
                case TaskMetrics.Binary b -> b.confusion();
                case TaskMetrics.Regression r -> null;
            };
            if (counts == null) {
                continue;
            }
            int task = t;
            List<String> labels = java.util.stream.IntStream.range(0, counts.length)
                    .mapToObj(c -> preprocessor == null ? String.valueOf(c) : preprocessor.classLabel(task, c)).toList();
            int width = Math.max(6, labels.stream().mapToInt(String::length).max().orElse(6));
            out.printf(Locale.ROOT, "%n  confusion matrix of \"%s\" (rows: true, columns: predicted)%n", tasks.get(t).name());
            out.printf(Locale.ROOT, "  %" + width + "s", "");
            labels.forEach(label -> out.printf(Locale.ROOT, "  %" + width + "s", label));
            out.println();
            for (int i = 0; i < counts.length; i++) {
                out.printf(Locale.ROOT, "  %" + width + "s", labels.get(i));
                for (int j = 0; j < counts.length; j++) {
                    out.printf(Locale.ROOT, "  %" + width + "d", counts[i][j]);
                }
                out.println();
            }
        }
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        return magnitude >= 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
