package org.mtl4j.train;

/**
 * Training produced a non-finite loss or weight. Nothing non-finite is ever returned as a trained model;
 * the message names where it happened and suggests a remedy.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final int batch;

    public TrainingDivergedException(int epoch, int batch, String what, double learningRate) {
        super("training diverged at epoch " + epoch + ", batch " + batch + ": " + what + " (learning rate "
                + learningRate + "); try a smaller learning rate, gradient clipping or standardised inputs");
        this.epoch = epoch;
        this.batch = batch;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }
}
