package org.mtl4j.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.loss.Loss;
import org.mtl4j.math.Gemm;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;

/**
 * The seed tutorial's {@code multi_task_learning.py}, written out in Java with bare matrix math: one layer
 * {@code Z = X·W + B} shared by three task heads (regression, binary, 3-class), full-batch gradient
 * descent with the simplified update of seed section 5.4:
 * <pre>
 * dZ = Ŷ − Y                       (per task block: identity, sigmoid, softmax outputs)
 * W ← W − η · Xᵀ · dZ
 * B ← B − η · Σ_rows dZ            (a sum over rows, not a mean)
 * </pre>
 * It follows seed section 6 step by step: data (1), initialisation (3), training loop with forward pass,
 * losses and backward pass (4), the loss curve (5) and predictions (6).
 *
 * <p>Relation to the general trainer: for squared error (mean over N rows and k outputs) the exact
 * gradient is dL/dZ = 2(Ŷ − Y)/(N·k); for BCE and CE it is (Ŷ − Y)/N. So one step here with rate η equals one
 * full-batch {@code Sgd} step of the general trainer with rate η·N and the regression task's weight ½
 * ({@code SeedExampleTest} checks this bit for bit up to rounding).
 */
public final class SeedExample {
    /** Inputs per row, as in the seed's toy data. */
    public static final int INPUTS = 4;
    /** Classes of the multiclass task. */
    public static final int CLASSES = 3;

    private SeedExample() {
    }

    /** The toy data: features, and targets for the three tasks (all rows labelled). */
    public record Data(Matrix features, Matrix regression, Matrix binary, Matrix multiclass) {
        /** The targets as {@link TaskTargets}, in task order. */
        public List<TaskTargets> targets() {
            return List.of(TaskTargets.allLabelled(regression), TaskTargets.allLabelled(binary),
                    TaskTargets.allLabelled(multiclass));
        }
    }

    /**
     * One run's outcome.
     *
     * @param losses      the total loss (sum of the three task losses) before each step
     * @param taskLosses  per step, the three task losses
     * @param model       the trained weights as a general {@link MultiTaskModel}
     */
    public record Run(List<Double> losses, List<double[]> taskLosses, MultiTaskModel model) {
    }

    /**
     * Seeded toy data, N rows × 4 inputs from N(0, 1): regression target {@code y = X·[0.5, −1, 0.25, 2] + 0.1·ε},
     * binary target {@code x₀ + x₁ > 0}, class = argmax of X·M for a fixed 4 × 3 matrix M.
     */
    public static Data data(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix features = Matrix.randomNormal(rows, INPUTS, 0, 1, random);
        double[] coefficients = {0.5, -1.0, 0.25, 2.0};
        double[][] classWeights = {{1, -1, 0}, {0, 1, -1}, {-1, 0, 1}, {0.5, 0.5, -1}};
        Matrix regression = Matrix.zeros(rows, 1);
        Matrix binary = Matrix.zeros(rows, 1);
        Matrix multiclass = Matrix.zeros(rows, CLASSES);
        for (int i = 0; i < rows; i++) {
            double value = 0.1 * random.nextGaussian();
            double[] scores = new double[CLASSES];
            for (int j = 0; j < INPUTS; j++) {
                double x = features.get(i, j);
                value += coefficients[j] * x;
                for (int c = 0; c < CLASSES; c++) {
                    scores[c] += x * classWeights[j][c];
                }
            }
            regression.set(i, 0, value);
            binary.set(i, 0, features.get(i, 0) + features.get(i, 1) > 0 ? 1 : 0);
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                best = scores[c] > scores[best] ? c : best;
            }
            multiclass.set(i, best, 1);
        }
        return new Data(features, regression, binary, multiclass);
    }

    /** The seed's network as a general architecture: no hidden layer, three heads. */
    public static Architecture architecture() {
        return new Architecture(INPUTS, List.of(), List.of(Task.regression("value", 1), Task.binary("positive"),
                Task.multiclass("class", CLASSES)));
    }

    /** The seed's initialisation: W ~ N(0, 0.01²), B = 0, drawn from {@code seed}. */
    public static ModelParameters initialParameters(long seed) {
        Matrix weights = Matrix.randomNormal(INPUTS, 1 + 1 + CLASSES, 0, 0.01, new SplittableRandom(seed));
        return new ModelParameters(List.of(), new DenseParameters(weights, Matrix.zeros(1, 1 + 1 + CLASSES)));
    }

    /**
     * Trains with the simplified update for {@code steps} full-batch steps of rate {@code learningRate},
     * starting from {@code initial} (not modified).
     */
    public static Run train(Data data, ModelParameters initial, int steps, double learningRate) {
        Architecture architecture = architecture();
        ModelParameters parameters = initial.copy();
        Matrix weights = parameters.heads().weights();
        Matrix bias = parameters.heads().bias();
        Matrix x = data.features();
        int rows = x.rows();
        Matrix z = Matrix.zeros(rows, weights.columns());
        Matrix prediction = Matrix.zeros(rows, weights.columns());
        Matrix target = Matrix.horizontalStack(data.regression(), data.binary(), data.multiclass());
        Matrix error = Matrix.zeros(rows, weights.columns());
        Matrix weightGradient = Matrix.zeros(weights.rows(), weights.columns());
        Matrix biasGradient = Matrix.zeros(1, weights.columns());
        List<Double> losses = new ArrayList<>();
        List<double[]> taskLosses = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            forward(architecture, parameters, x, z, prediction);
            double[] perTask = losses(architecture, prediction, target);
            taskLosses.add(perTask);
            losses.add(perTask[0] + perTask[1] + perTask[2]);
            prediction.copyInto(error);
            error.subtractInPlace(target);                                   // dZ = Ŷ − Y
            Gemm.gemm(true, false, 1.0, x, error, 0.0, weightGradient);     // Xᵀ·dZ
            error.sumOverRowsInto(biasGradient);                             // Σ_rows dZ
            weights.axpyInPlace(-learningRate, weightGradient);             // W ← W − η·Xᵀ·dZ
            bias.axpyInPlace(-learningRate, biasGradient);                  // B ← B − η·Σ dZ
        }
        return new Run(losses, taskLosses, new MultiTaskModel(architecture, parameters));
    }

    /** Z = X·W + B, then each task's activation on its column block of Z. */
    static void forward(Architecture architecture, ModelParameters parameters, Matrix x, Matrix z, Matrix prediction) {
        Gemm.gemm(false, false, 1.0, x, parameters.heads().weights(), 0.0, z);
        z.addRowVectorInPlace(parameters.heads().bias());
        for (int t = 0; t < architecture.tasks().size(); t++) {
            Task task = architecture.tasks().get(t);
            Matrix block = z.columnBlock(architecture.headOffset(t), task.outputs());
            Matrix activated = Matrix.zeros(block.rows(), block.columns());
            task.activation().forward(block, activated);
            prediction.setColumnBlockInPlace(architecture.headOffset(t), activated);
        }
    }

    private static double[] losses(Architecture architecture, Matrix prediction, Matrix target) {
        double[] perTask = new double[architecture.tasks().size()];
        for (int t = 0; t < perTask.length; t++) {
            Task task = architecture.tasks().get(t);
            int offset = architecture.headOffset(t);
            Matrix predicted = prediction.columnBlock(offset, task.outputs());
            Matrix truth = target.columnBlock(offset, task.outputs());
            Loss loss = task.loss();
            perTask[t] = loss.evaluate(predicted, truth, null, Matrix.zeros(predicted.rows(), predicted.columns()));
        }
        return perTask;
    }

    /** Activation names of the three heads, for printing. */
    public static List<String> headActivations() {
        return architecture().tasks().stream().map(Task::activation).map(Activation::name).toList();
    }
}
