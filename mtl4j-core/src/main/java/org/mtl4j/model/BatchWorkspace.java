package org.mtl4j.model;

import java.util.ArrayList;
import java.util.List;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.layer.Dense;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.layer.HeadObjective;
import org.mtl4j.math.Matrix;

/**
 * Every buffer one forward and backward pass needs for a batch of a fixed size, allocated once.
 *
 * <p>The trainer keeps one workspace per batch size it meets (the full batch and, at most, one shorter last
 * batch), so a training step allocates nothing. A workspace belongs to one thread at a time.
 *
 * <p>Call order: {@link #gather} the batch's rows (or fill {@link #input()} and the targets directly), then
 * {@link #lossAndGradient} or {@link #forward}.
 */
public final class BatchWorkspace {
    private final Architecture architecture;
    private final int batchSize;
    private final Matrix input;
    private final Matrix[] trunkLinear;
    private final Matrix[] trunkOutput;
    private final Matrix[] trunkGradient;
    private final Matrix headLinear;
    private final Matrix headGradient;
    private final Matrix[] taskLogits;
    private final Matrix[] taskOutput;
    private final Matrix[] taskGradient;
    private final Matrix[] targetValues;
    private final boolean[][] targetLabelled;
    private final double[] taskLosses;
    private final HeadObjective[] objectives;
    private final int[] headOffsets;
    private final double[] taskWeights;

    /** Buffers for batches of exactly {@code batchSize} rows, with {@code rule} for the heads' backward. */
    public BatchWorkspace(Architecture architecture, int batchSize, BackwardRule rule) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("BatchWorkspace: batchSize must be ≥ 1, was " + batchSize);
        }
        this.architecture = architecture;
        this.batchSize = batchSize;
        int layers = architecture.trunk().size();
        input = Matrix.zeros(batchSize, architecture.inputSize());
        trunkLinear = new Matrix[layers];
        trunkOutput = new Matrix[layers];
        trunkGradient = new Matrix[layers];
        for (int l = 0; l < layers; l++) {
            int width = architecture.trunk().get(l).outputSize();
            trunkLinear[l] = Matrix.zeros(batchSize, width);
            trunkOutput[l] = Matrix.zeros(batchSize, width);
            trunkGradient[l] = Matrix.zeros(batchSize, width);
        }
        headLinear = Matrix.zeros(batchSize, architecture.totalOutputs());
        headGradient = Matrix.zeros(batchSize, architecture.totalOutputs());
        int tasks = architecture.tasks().size();
        taskLogits = new Matrix[tasks];
        taskOutput = new Matrix[tasks];
        taskGradient = new Matrix[tasks];
        targetValues = new Matrix[tasks];
        targetLabelled = new boolean[tasks][batchSize];
        taskLosses = new double[tasks];
        objectives = new HeadObjective[tasks];
        headOffsets = new int[tasks];
        taskWeights = new double[tasks];
        for (int t = 0; t < tasks; t++) {
            Task task = architecture.tasks().get(t);
            headOffsets[t] = architecture.headOffset(t);
            taskWeights[t] = task.weight();
            taskLogits[t] = Matrix.zeros(batchSize, task.outputs());
            taskOutput[t] = Matrix.zeros(batchSize, task.outputs());
            taskGradient[t] = Matrix.zeros(batchSize, task.outputs());
            targetValues[t] = Matrix.zeros(batchSize, task.outputs());
            objectives[t] = new HeadObjective(task.activation(), task.loss(), rule);
        }
    }

    public int batchSize() {
        return batchSize;
    }

    /** The input buffer X (batch × inputSize); fill it directly or through {@link #gather}. */
    public Matrix input() {
        return input;
    }

    /**
     * Copies rows {@code order[from .. from + batchSize)} of the features and of every task's targets into
     * this workspace. {@code features} and {@code targets} are not modified.
     */
    public void gather(Matrix features, List<TaskTargets> targets, int[] order, int from) {
        features.selectRowsInto(order, from, batchSize, input);
        for (int t = 0; t < targetValues.length; t++) {
            TaskTargets source = targets.get(t);
            source.values().selectRowsInto(order, from, batchSize, targetValues[t]);
            boolean[] flags = source.labelled();
            for (int r = 0; r < batchSize; r++) {
                targetLabelled[t][r] = flags[order[from + r]];
            }
        }
    }

    /**
     * Copies every row of the features and of every task's targets (not modified) into this workspace, whose
     * batch size must equal their row count: the whole set as one batch.
     */
    public void gatherAll(Matrix features, List<TaskTargets> targets) {
        if (features.rows() != batchSize) {
            throw new IllegalArgumentException("gatherAll: " + features.rows() + " rows for a workspace of "
                    + batchSize);
        }
        features.rowRangeInto(0, batchSize, input);
        for (int t = 0; t < targetValues.length; t++) {
            TaskTargets source = targets.get(t);
            source.values().rowRangeInto(0, batchSize, targetValues[t]);
            System.arraycopy(source.labelled(), 0, targetLabelled[t], 0, batchSize);
        }
    }

    /**
     * Forward through trunk and heads: afterwards {@link #taskOutput(int)} holds each task's activation
     * output (standardised units for regression). {@code parameters} is not modified.
     */
    public void forward(ModelParameters parameters) {
        Matrix previous = forwardTrunk(parameters);
        Dense.affine(parameters.heads(), previous, headLinear);
        for (int t = 0; t < taskLogits.length; t++) {
            copyColumns(headLinear, headOffsets[t], taskLogits[t]);
            architecture.tasks().get(t).activation().forward(taskLogits[t], taskOutput[t]);
        }
    }

    private Matrix forwardTrunk(ModelParameters parameters) {
        Matrix previous = input;
        for (int l = 0; l < trunkLinear.length; l++) {
            architecture.trunk().get(l).forward(parameters.trunk().get(l), previous, trunkLinear[l], trunkOutput[l]);
            previous = trunkOutput[l];
        }
        return previous;
    }

    /**
     * Forward and backward on the gathered batch: returns the total loss {@code Σ_t w_t L_t}, leaves each
     * task's unweighted loss in {@link #taskLosses()}, and writes dL/dθ for every block into
     * {@code gradients} (modified, overwritten). {@code parameters} is not modified.
     */
    public double lossAndGradient(ModelParameters parameters, ModelParameters gradients) {
        Matrix last = forwardTrunk(parameters);
        double total = headLosses(parameters, last);
        int layers = trunkLinear.length;
        Dense.affineBackward(parameters.heads(), last, headGradient, gradients.heads(),
                layers == 0 ? null : trunkGradient[layers - 1]);
        for (int l = layers - 1; l >= 0; l--) {
            Matrix layerInput = l == 0 ? input : trunkOutput[l - 1];
            DenseParameters layerParameters = parameters.trunk().get(l);
            architecture.trunk().get(l).backward(layerParameters, layerInput, trunkLinear[l], trunkOutput[l],
                    trunkGradient[l], gradients.trunk().get(l), l == 0 ? null : trunkGradient[l - 1]);
        }
        return total;
    }

    /**
     * Forward and loss only, on the gathered batch: returns {@code Σ_t w_t L_t} and leaves each task's loss
     * in {@link #taskLosses()} and each output in {@link #taskOutput(int)}. {@code parameters} is not modified.
     */
    public double loss(ModelParameters parameters) {
        return headLosses(parameters, forwardTrunk(parameters));
    }

    /** Heads forward, per-task losses and the weighted stacked dL/dZ of the heads. */
    private double headLosses(ModelParameters parameters, Matrix last) {
        Dense.affine(parameters.heads(), last, headLinear);
        double total = 0;
        for (int t = 0; t < taskLogits.length; t++) {
            copyColumns(headLinear, headOffsets[t], taskLogits[t]);
            taskLosses[t] = objectives[t].evaluate(taskLogits[t], targetValues[t], targetLabelled[t],
                    taskOutput[t], taskGradient[t]);
            total += taskWeights[t] * taskLosses[t];
            scaleColumnsInto(taskGradient[t], taskWeights[t], headGradient, headOffsets[t]);
        }
        return total;
    }

    /**
     * block ← columns [offset, offset + block.columns()) of {@code stacked} (not modified). Column by column,
     * rows inner: head blocks are 1 to a few columns wide, too narrow for a copy per row.
     */
    private static void copyColumns(Matrix stacked, int offset, Matrix block) {
        double[] from = stacked.data();
        double[] to = block.data();
        int width = block.columns();
        int stride = stacked.columns();
        int rows = block.rows();
        for (int j = 0; j < width; j++) {
            for (int row = 0; row < rows; row++) {
                to[row * width + j] = from[row * stride + offset + j];
            }
        }
    }

    /** Columns [offset, offset + block.columns()) of {@code stacked} (modified) ← weight · block (not modified). */
    private static void scaleColumnsInto(Matrix block, double weight, Matrix stacked, int offset) {
        double[] from = block.data();
        double[] to = stacked.data();
        int width = block.columns();
        int stride = stacked.columns();
        int rows = block.rows();
        for (int j = 0; j < width; j++) {
            for (int row = 0; row < rows; row++) {
                to[row * stride + offset + j] = weight * from[row * width + j];
            }
        }
    }

    /** Each task's unweighted loss from the last {@link #lossAndGradient} call (the array is reused). */
    public double[] taskLosses() {
        return taskLosses;
    }

    /** Task {@code t}'s activation output from the last forward pass (the matrix is reused). */
    public Matrix taskOutput(int t) {
        return taskOutput[t];
    }

    /** Task {@code t}'s gathered targets. */
    public Matrix targetValues(int t) {
        return targetValues[t];
    }

    /** Task {@code t}'s gathered label flags. */
    public boolean[] targetLabelled(int t) {
        return targetLabelled[t];
    }

    /** Copies of the task outputs, for callers that keep them. */
    public List<Matrix> taskOutputCopies() {
        List<Matrix> copies = new ArrayList<>(taskOutput.length);
        for (Matrix output : taskOutput) {
            copies.add(output.copy());
        }
        return copies;
    }
}
