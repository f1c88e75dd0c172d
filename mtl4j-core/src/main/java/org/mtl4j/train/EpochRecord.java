package org.mtl4j.train;

import java.util.List;

/**
 * One epoch of training. Training losses are the means over the epoch's batches, weighted by each batch's
 * labelled rows (as Keras reports them); validation losses and metrics are measured on the whole
 * validation set after the epoch. Without a validation set the validation fields are NaN and empty; a task
 * with no labelled validation row has a NaN validation loss and is left out of the validation total.
 *
 * @param epoch                counted from 1
 * @param trainLoss            Σ_t w_t · trainTaskLosses[t]
 * @param trainTaskLosses      each task's unweighted loss
 * @param validationLoss       Σ_t w_t · validationTaskLosses[t], or NaN
 * @param validationTaskLosses each task's validation loss, or empty
 * @param validationMetrics    each task's validation metrics, or empty
 */
public record EpochRecord(int epoch, double trainLoss, double[] trainTaskLosses, double validationLoss,
                          double[] validationTaskLosses, List<TaskMetrics> validationMetrics) {
    public EpochRecord {
        trainTaskLosses = trainTaskLosses.clone();
        validationTaskLosses = validationTaskLosses.clone();
        validationMetrics = List.copyOf(validationMetrics);
    }

    @Override
    public double[] trainTaskLosses() {
        return trainTaskLosses.clone();
    }

    @Override
    public double[] validationTaskLosses() {
        return validationTaskLosses.clone();
    }

    public boolean hasValidation() {
        return validationTaskLosses.length > 0;
    }
}
