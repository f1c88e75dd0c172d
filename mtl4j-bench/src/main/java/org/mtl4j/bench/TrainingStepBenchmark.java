package org.mtl4j.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.loss.CategoricalCrossEntropy;
import org.mtl4j.math.Engine;
import org.mtl4j.math.GemmBackend;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.BatchWorkspace;
import org.mtl4j.model.Initializer;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;
import org.mtl4j.optim.OptimizerState;
import org.mtl4j.optim.Sgd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step, exactly what {@code Trainer} does per batch on a gathered batch:
 * {@link BatchWorkspace#lossAndGradient} (forward, three head losses, backward) and one {@link Sgd} step.
 *
 * <ul>
 *   <li>{@code bigStep}: batch 128, 100 inputs, trunk 256 → 128 tanh, three heads (1 regression output with
 *       squared error, 1 binary output with binary cross-entropy, 10 classes with categorical
 *       cross-entropy), SGD η = 0.05 (issue 4).</li>
 *   <li>{@code seedStep}: the seed-size step, 200 × 4 full batch, no hidden layer, the same three heads with
 *       3 classes.</li>
 * </ul>
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes allocated per step, which must be ~0 in
 * the steady state. The {@code backend} parameter names the GEMM backend ({@code auto} leaves the engine's
 * choice, or {@code MTL4J_BACKEND}); a name the engine rejects fails that run with the engine's reason.
 *
 * <pre>
 * java -jar mtl4j-bench/target/mtl4j-bench.jar TrainingStepBenchmark -prof gc -p backend=plain
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class TrainingStepBenchmark {

    /** A model, its gradient and optimizer buffers and one gathered batch. */
    @State(Scope.Thread)
    public abstract static class Step {
        @Param("auto")
        public String backend;

        ModelParameters parameters;
        ModelParameters gradients;
        Sgd optimizer;
        OptimizerState state;
        BatchWorkspace workspace;

        void prepare(int rows, int inputs, List<Integer> hidden, int classes, double learningRate) {
            useBackend(backend);
            SplittableRandom random = new SplittableRandom(42);
            Architecture architecture = Architecture.of(inputs, hidden, Activation.byName("tanh"),
                    List.of(Task.regression("value", 1), Task.binary("positive"), Task.multiclass("class", classes)));
            parameters = Initializer.initialize(architecture, random);
            gradients = parameters.zerosLike();
            optimizer = new Sgd(learningRate);
            state = optimizer.newState(parameters);
            workspace = new BatchWorkspace(architecture, rows, BackwardRule.AUTO);
            Matrix features = Matrix.randomNormal(rows, inputs, 0, 1, random);
            Matrix regression = Matrix.randomNormal(rows, 1, 0, 1, random);
            Matrix binary = Matrix.zeros(rows, 1);
            int[] classIndices = new int[rows];
            int[] order = new int[rows];
            for (int row = 0; row < rows; row++) {
                binary.set(row, 0, random.nextBoolean() ? 1 : 0);
                classIndices[row] = random.nextInt(classes);
                order[row] = row;
            }
            List<TaskTargets> targets = List.of(TaskTargets.allLabelled(regression), TaskTargets.allLabelled(binary),
                    TaskTargets.allLabelled(CategoricalCrossEntropy.oneHot(classIndices, classes)));
            workspace.gather(features, targets, order, 0);
        }

        double step() {
            double loss = workspace.lossAndGradient(parameters, gradients);
            optimizer.step(parameters, gradients, state);
            return loss;
        }
    }

    /** Issue 4's step: batch 128, 100 → 256 → 128 tanh → 1 + 1 + 10 heads. */
    public static class BigStep extends Step {
        @Setup(Level.Trial)
        public void setUp() {
            prepare(128, 100, List.of(256, 128), 10, 0.05);
        }
    }

    /** The seed-size step: 200 × 4 full batch, no hidden layer, 1 + 1 + 3 heads. */
    public static class SeedStep extends Step {
        @Setup(Level.Trial)
        public void setUp() {
            prepare(200, 4, List.of(), 3, 0.1);
        }
    }

    @Benchmark
    public double bigStep(BigStep step) {
        return step.step();
    }

    @Benchmark
    public double seedStep(SeedStep step) {
        return step.step();
    }

    /**
     * Points the engine at {@code name} before its first use (each JMH fork is a new JVM) and checks that it
     * took effect; {@code auto} leaves the engine's own choice.
     */
    static GemmBackend useBackend(String name) {
        if (name.equals("auto")) {
            return Engine.backend();
        }
        GemmBackend wanted = Engine.select(name);
        System.setProperty(Engine.BACKEND_PROPERTY, name);
        GemmBackend selected = Engine.backend();
        if (!selected.name().equals(wanted.name())) {
            throw new IllegalStateException("the engine had already chosen " + selected.name() + ", not " + name);
        }
        return selected;
    }
}
