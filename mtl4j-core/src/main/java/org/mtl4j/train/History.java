package org.mtl4j.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Every epoch's record, in order, plus which epoch's weights the trained model holds.
 *
 * @param taskNames the tasks, in model order
 * @param epochs    one record per epoch run
 * @param bestEpoch the epoch whose weights were kept (the last one unless early stopping restored an
 *                  earlier one; 0 when no epoch ran)
 * @param stoppedEarly whether patience ran out before the last epoch
 */
public record History(List<String> taskNames, List<EpochRecord> epochs, int bestEpoch, boolean stoppedEarly) {
    public History {
        taskNames = List.copyOf(taskNames);
        epochs = List.copyOf(epochs);
    }

    /** The training total loss of every epoch, in order. */
    public List<Double> trainLosses() {
        List<Double> losses = new ArrayList<>(epochs.size());
        epochs.forEach(record -> losses.add(record.trainLoss()));
        return losses;
    }

    /** The last record, or {@code null} when no epoch ran. */
    public EpochRecord last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
