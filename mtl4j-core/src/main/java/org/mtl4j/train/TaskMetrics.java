package org.mtl4j.train;

/**
 * Quality measures of one task over its labelled rows. Regression metrics are in the target's original
 * units. A measure that is undefined for the rows at hand (R² of a constant target, ROC AUC with one class
 * present, anything over zero labelled rows) is {@code NaN} and printed as "n/a", never a made-up 0.
 */
public sealed interface TaskMetrics permits TaskMetrics.Regression, TaskMetrics.Binary, TaskMetrics.Multiclass {

    /** Rows that carried a label and were measured. */
    int rows();

    /** The headline number of the task: R² for regression, accuracy for classification. */
    double headline();

    /**
     * @param rows labelled rows
     * @param rootMeanSquaredError √(mean (ŷ − y)²), original units
     * @param meanAbsoluteError    mean |ŷ − y|, original units
     * @param rSquared             1 − SS_res / SS_tot, averaged over outputs
     */
    record Regression(int rows, double rootMeanSquaredError, double meanAbsoluteError, double rSquared)
            implements TaskMetrics {
        @Override
        public double headline() {
            return rSquared;
        }
    }

    /**
     * @param rows     labelled rows
     * @param accuracy share of rows where (p ≥ 0.5) equals the label
     * @param logLoss  mean −[y log p + (1 − y) log(1 − p)], p clipped to [1e-15, 1 − 1e-15]
     * @param rocAuc   area under the ROC curve (ties count one half); NaN with a single class present
     * @param confusion counts[true class][predicted class], class 1 = the positive label
     */
    record Binary(int rows, double accuracy, double logLoss, double rocAuc, int[][] confusion) implements TaskMetrics {
        @Override
        public double headline() {
            return accuracy;
        }
    }

    /**
     * @param rows            labelled rows
     * @param accuracy        share of rows whose argmax equals the label
     * @param macroF1         unweighted mean of per-class F1 over classes present in labels or predictions
     * @param logLoss         mean −log p(true class), p clipped at 1e-15
     * @param confusion       counts[true class][predicted class]
     */
    record Multiclass(int rows, double accuracy, double macroF1, double logLoss, int[][] confusion)
            implements TaskMetrics {
        @Override
        public double headline() {
            return accuracy;
        }
    }
}
