package org.mtl4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.mtl4j.model.BatchWorkspace;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.optim.GradientAdjustments;
import org.mtl4j.optim.OptimizerState;

/**
 * Mini-batch gradient descent on a multi-task model (seed section 5): per epoch, shuffle the training rows
 * with the configured seed, then per batch forward, loss, backward, weight decay, clipping and an optimizer
 * step; after the epoch measure the validation set and apply early stopping.
 *
 * <p>The loss of a batch is a mean, so the learning rate does not depend on the batch size, and a last
 * short batch is averaged over its own rows. Buffers are sized once per run: a step allocates nothing.
 * Non-finite losses or weights stop training at once with a {@link TrainingDivergedException}.
 */
public final class Trainer {
    private final TrainingConfig config;

    public Trainer(TrainingConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public TrainingConfig config() {
        return config;
    }

    /**
     * Trains a copy of {@code initial} (not modified) on {@code train}, monitoring {@code validation} (may be
     * {@code null}: early stopping then monitors the training loss).
     *
     * @return the trained model (the best epoch's weights when early stopping is on) and its history
     * @throws TrainingDivergedException when a loss or weight becomes non-finite
     */
    public TrainingResult fit(MultiTaskModel initial, TrainingSet train, TrainingSet validation,
                              TrainingListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (train.rows() == 0) {
            throw new IllegalArgumentException("fit: the training set has no rows");
        }
        MultiTaskModel model = initial.copy();
        ModelParameters parameters = model.parameters();
        ModelParameters gradients = parameters.zerosLike();
        OptimizerState state = config.optimizer().newState(parameters);
        List<Task> tasks = model.architecture().tasks();
        int rows = train.rows();
        int batchSize = config.effectiveBatchSize(rows);
        int batches = (rows + batchSize - 1) / batchSize;
        BatchWorkspace fullBatch = new BatchWorkspace(model.architecture(), batchSize, config.backwardRule());
        int remainder = rows % batchSize;
        BatchWorkspace lastBatch = remainder == 0 ? fullBatch
                : new BatchWorkspace(model.architecture(), remainder, config.backwardRule());
        int[] order = identity(rows);
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] taskLossSums = new double[tasks.size()];
        long[] labelledCounts = new long[tasks.size()];

        List<EpochRecord> records = new ArrayList<>();
        ModelParameters best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        boolean stoppedEarly = false;
        listener.onStart(config.epochs(), batches);
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            shuffle(order, random);
            java.util.Arrays.fill(taskLossSums, 0);
            java.util.Arrays.fill(labelledCounts, 0);
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * batchSize;
                BatchWorkspace workspace = from + batchSize <= rows ? fullBatch : lastBatch;
                workspace.gather(train.features(), train.targets(), order, from);
                double loss = workspace.lossAndGradient(parameters, gradients);
                checkLoss(epoch, batch + 1, loss, workspace, tasks);
                accumulate(workspace, taskLossSums, labelledCounts);
                GradientAdjustments.addWeightDecay(parameters, gradients, config.weightDecay());
                if (config.clipNorm() > 0) {
                    GradientAdjustments.clipByGlobalNorm(gradients, config.clipNorm());
                }
                config.optimizer().step(parameters, gradients, state);
                String nonFinite = parameters.firstNonFinite();
                if (nonFinite != null) {
                    throw new TrainingDivergedException(epoch, batch + 1, "weight " + nonFinite,
                            config.optimizer().learningRate());
                }
                listener.onBatchEnd(epoch, batch + 1, loss);
            }
            EpochRecord record = record(epoch, model, taskLossSums, labelledCounts, validation);
            records.add(record);
            listener.onEpochEnd(record);
            double monitored = record.hasValidation() ? record.validationLoss() : record.trainLoss();
            if (config.patience() > 0) {
                if (monitored < bestLoss) {
                    bestLoss = monitored;
                    bestEpoch = epoch;
                    best = best == null ? parameters.copy() : best;
                    best.copyFrom(parameters);
                } else if (epoch - bestEpoch >= config.patience()) {
                    stoppedEarly = epoch < config.epochs();
                    break;
                }
            } else {
                bestEpoch = epoch;
            }
        }
        if (best != null) {
            parameters.copyFrom(best);
        }
        List<String> names = tasks.stream().map(Task::name).toList();
        return new TrainingResult(model, new History(names, records, bestEpoch, stoppedEarly));
    }

    private void checkLoss(int epoch, int batch, double loss, BatchWorkspace workspace, List<Task> tasks) {
        if (Double.isFinite(loss)) {
            return;
        }
        double[] losses = workspace.taskLosses();
        for (int t = 0; t < losses.length; t++) {
            if (!Double.isFinite(losses[t])) {
                throw new TrainingDivergedException(epoch, batch, "task \"" + tasks.get(t).name() + "\" loss is "
                        + losses[t], config.optimizer().learningRate());
            }
        }
        throw new TrainingDivergedException(epoch, batch, "total loss is " + loss, config.optimizer().learningRate());
    }

    private static void accumulate(BatchWorkspace workspace, double[] sums, long[] counts) {
        double[] losses = workspace.taskLosses();
        for (int t = 0; t < losses.length; t++) {
            int labelled = 0;
            for (boolean flag : workspace.targetLabelled(t)) {
                labelled += flag ? 1 : 0;
            }
            sums[t] += losses[t] * labelled;
            counts[t] += labelled;
        }
    }

    private static EpochRecord record(int epoch, MultiTaskModel model, double[] sums, long[] counts,
                                      TrainingSet validation) {
        List<Task> tasks = model.architecture().tasks();
        double[] trainLosses = new double[tasks.size()];
        double trainTotal = 0;
        for (int t = 0; t < tasks.size(); t++) {
            trainLosses[t] = counts[t] == 0 ? 0 : sums[t] / counts[t];
            trainTotal += tasks.get(t).weight() * trainLosses[t];
        }
        if (validation == null || validation.rows() == 0) {
            return new EpochRecord(epoch, trainTotal, trainLosses, Double.NaN, new double[0], List.of());
        }
        Evaluation evaluation = Evaluation.of(model, validation);
        double[] validationLosses = evaluation.taskLosses();
        double validationTotal = 0;
        for (int t = 0; t < tasks.size(); t++) {
            if (validation.targets().get(t).labelledCount() == 0) {
                validationLosses[t] = Double.NaN;               // no labelled validation row: no value, not a 0
            } else {
                validationTotal += tasks.get(t).weight() * validationLosses[t];
            }
        }
        return new EpochRecord(epoch, trainTotal, trainLosses, validationTotal, validationLosses, evaluation.metrics());
    }

    private static int[] identity(int rows) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher–Yates shuffle driven by {@code random}: the same seed gives the same order on every JVM. */
    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
