package org.mtl4j.train;

import java.util.Objects;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.optim.Adam;
import org.mtl4j.optim.Optimizer;

/**
 * How to train: optimizer, epochs, batch size, regularisation, early stopping, seed. Immutable and
 * validated on construction; change one field with the {@code with…} methods.
 *
 * @param optimizer    the update rule and its learning rate
 * @param epochs       passes over the training rows, ≥ 0 (0 returns the initial model)
 * @param batchSize    rows per mini-batch, ≥ 1, or {@link #FULL_BATCH} (0) for the whole training set
 * @param weightDecay  L2 weight decay λ ≥ 0 on weights, not biases (PyTorch's {@code weight_decay})
 * @param clipNorm     maximum global gradient norm, or 0 for no clipping
 * @param patience     epochs without improvement of the monitored loss before stopping, or 0 for never
 * @param seed         seeds the shuffling of every epoch
 * @param backwardRule how heads turn their loss into dL/dZ; {@link BackwardRule#AUTO} by default
 */
public record TrainingConfig(Optimizer optimizer, int epochs, int batchSize, double weightDecay, double clipNorm,
                             int patience, long seed, BackwardRule backwardRule) {
    /** The batch size meaning "all training rows in one batch". */
    public static final int FULL_BATCH = 0;

    public TrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(backwardRule, "backwardRule");
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be ≥ 0, was " + epochs);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be ≥ 1, or 0 for the full batch; was " + batchSize);
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be finite and ≥ 0, was " + weightDecay);
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("clipNorm must be finite and ≥ 0 (0 = off), was " + clipNorm);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be ≥ 0 (0 = off), was " + patience);
        }
    }

    /** Adam(η = 0.01), 100 epochs, batch 32, no decay, no clipping, no early stopping, seed 42. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(Adam.withDefaults(0.01), 100, 32, 0.0, 0.0, 0, 42L, BackwardRule.AUTO);
    }

    public TrainingConfig withOptimizer(Optimizer value) {
        return new TrainingConfig(value, epochs, batchSize, weightDecay, clipNorm, patience, seed, backwardRule);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(optimizer, value, batchSize, weightDecay, clipNorm, patience, seed, backwardRule);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(optimizer, epochs, value, weightDecay, clipNorm, patience, seed, backwardRule);
    }

    public TrainingConfig withWeightDecay(double value) {
        return new TrainingConfig(optimizer, epochs, batchSize, value, clipNorm, patience, seed, backwardRule);
    }

    public TrainingConfig withClipNorm(double value) {
        return new TrainingConfig(optimizer, epochs, batchSize, weightDecay, value, patience, seed, backwardRule);
    }

    public TrainingConfig withPatience(int value) {
        return new TrainingConfig(optimizer, epochs, batchSize, weightDecay, clipNorm, value, seed, backwardRule);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(optimizer, epochs, batchSize, weightDecay, clipNorm, patience, value, backwardRule);
    }

    public TrainingConfig withBackwardRule(BackwardRule value) {
        return new TrainingConfig(optimizer, epochs, batchSize, weightDecay, clipNorm, patience, seed, value);
    }

    /** The batch size actually used for {@code rows} training rows. */
    public int effectiveBatchSize(int rows) {
        return batchSize == FULL_BATCH ? rows : Math.min(batchSize, rows);
    }
}
