package org.mtl4j.train;

import java.util.Arrays;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.OutputScaling;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;

/** Computes {@link TaskMetrics} from a task's predictions and its encoded targets. */
public final class Metrics {
    private static final double CLIP = 1e-15;

    private Metrics() {
    }

    /**
     * Metrics over the labelled rows.
     *
     * @param output  the model's predictions for the task (original units for regression; not modified)
     * @param targets the encoded targets (standardised for regression; not modified)
     */
    public static TaskMetrics of(Task task, Matrix output, TaskTargets targets) {
        return switch (task.kind()) {
            case REGRESSION -> regression(task.scaling(), output, targets);
            case BINARY -> binary(output, targets);
            case MULTICLASS -> multiclass(output, targets);
        };
    }

    static TaskMetrics.Regression regression(OutputScaling scaling, Matrix output, TaskTargets targets) {
        int k = output.columns();
        boolean[] labelled = targets.labelled();
        int rows = targets.labelledCount();
        double squared = 0;
        double absolute = 0;
        double rSquaredSum = 0;
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (int i = 0; i < labelled.length; i++) {
                if (labelled[i]) {
                    mean += scaling.toOriginal(j, targets.values().get(i, j));
                }
            }
            mean /= Math.max(rows, 1);
            double residual = 0;
            double total = 0;
            for (int i = 0; i < labelled.length; i++) {
                if (labelled[i]) {
                    double truth = scaling.toOriginal(j, targets.values().get(i, j));
                    double error = output.get(i, j) - truth;
                    residual += error * error;
                    absolute += Math.abs(error);
                    total += (truth - mean) * (truth - mean);
                }
            }
            squared += residual;
            rSquaredSum += total > 0 ? 1 - residual / total : Double.NaN;
        }
        if (rows == 0) {
            return new TaskMetrics.Regression(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double count = (double) rows * k;
        return new TaskMetrics.Regression(rows, Math.sqrt(squared / count), absolute / count, rSquaredSum / k);
    }

    static TaskMetrics.Binary binary(Matrix output, TaskTargets targets) {
        boolean[] labelled = targets.labelled();
        int rows = targets.labelledCount();
        double[] scores = new double[rows];
        boolean[] positive = new boolean[rows];
        int correct = 0;
        double logLoss = 0;
        int r = 0;
        int[][] confusion = new int[2][2];
        for (int i = 0; i < labelled.length; i++) {
            if (!labelled[i]) {
                continue;
            }
            double p = output.get(i, 0);
            boolean truth = targets.values().get(i, 0) > 0.5;
            if ((p >= 0.5) == truth) {
                correct++;
            }
            confusion[truth ? 1 : 0][p >= 0.5 ? 1 : 0]++;
            double clipped = Math.min(Math.max(p, CLIP), 1 - CLIP);
            logLoss -= truth ? Math.log(clipped) : Math.log1p(-clipped);
            scores[r] = p;
            positive[r++] = truth;
        }
        return new TaskMetrics.Binary(rows, ratio(correct, rows), rows == 0 ? Double.NaN : logLoss / rows,
                rocAuc(scores, positive), confusion);
    }

    /** ROC AUC by the rank-sum (Mann–Whitney U) formula with average ranks for tied scores. */
    static double rocAuc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                if (positive[order[m]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static TaskMetrics.Multiclass multiclass(Matrix output, TaskTargets targets) {
        int classes = output.columns();
        boolean[] labelled = targets.labelled();
        int rows = targets.labelledCount();
        int[][] confusion = new int[classes][classes];
        int[] predicted = output.argmaxPerRow();
        int[] truth = targets.values().argmaxPerRow();
        int correct = 0;
        double logLoss = 0;
        for (int i = 0; i < labelled.length; i++) {
            if (!labelled[i]) {
                continue;
            }
            confusion[truth[i]][predicted[i]]++;
            if (truth[i] == predicted[i]) {
                correct++;
            }
            logLoss -= Math.log(Math.max(output.get(i, truth[i]), CLIP));
        }
        return new TaskMetrics.Multiclass(rows, ratio(correct, rows), macroF1(confusion), rows == 0 ? Double.NaN : logLoss / rows,
                confusion);
    }

    /** Mean F1 over classes that occur among the labels or the predictions (scikit-learn's "macro"). */
    static double macroF1(int[][] confusion) {
        int classes = confusion.length;
        double sum = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            int truePositive = confusion[c][c];
            int actual = 0;
            int predicted = 0;
            for (int other = 0; other < classes; other++) {
                actual += confusion[c][other];
                predicted += confusion[other][c];
            }
            if (actual + predicted == 0) {
                continue;
            }
            present++;
            sum += 2.0 * truePositive / (actual + predicted);
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    private static double ratio(int count, int total) {
        return total == 0 ? Double.NaN : (double) count / total;
    }
}
