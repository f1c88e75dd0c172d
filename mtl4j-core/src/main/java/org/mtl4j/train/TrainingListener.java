package org.mtl4j.train;

/**
 * Receives progress while a {@link Trainer} runs, on the training thread: the CLI's progress bar, a web
 * page streaming curves. Every method has an empty default.
 *
 * <p>Call order: {@link #onStart} once, then per epoch {@link #onBatchEnd} for each batch followed by
 * {@link #onEpochEnd}.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** Training begins: {@code epochs} epochs of {@code batchesPerEpoch} batches each. */
    default void onStart(int epochs, int batchesPerEpoch) {
    }

    /** A batch finished with total loss {@code loss}; {@code epoch} and {@code batch} count from 1. */
    default void onBatchEnd(int epoch, int batch, double loss) {
    }

    /** An epoch finished; {@code record} holds its losses and metrics. */
    default void onEpochEnd(EpochRecord record) {
    }
}
