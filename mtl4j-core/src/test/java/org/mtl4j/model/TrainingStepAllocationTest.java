package org.mtl4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;
import org.mtl4j.optim.Optimizer;
import org.mtl4j.optim.OptimizerState;

/**
 * A training step (gather, forward, three head losses, backward, optimizer step) allocates nothing once its
 * buffers exist: what the trainer's "sized once per run" promise means, measured with the JVM's per-thread
 * allocation counter.
 */
class TrainingStepAllocationTest {

    @Test
    void aStepAllocatesNothingAfterTheBuffersExist() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported(), "per-thread allocation counter not available");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        SplittableRandom random = new SplittableRandom(5);
        int rows = 96;
        Architecture architecture = Architecture.of(12, List.of(16, 8), Activation.byName("tanh"), List.of(
                Task.regression("value", 1), Task.binary("positive"), Task.multiclass("class", 4).withWeight(0.5)));
        Matrix features = Matrix.randomNormal(rows, 12, 0, 1, random);
        List<TaskTargets> targets = List.of(regressionTargets(rows, random), binaryTargets(rows, random),
                classTargets(rows, random));
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = (i * 37) % rows;
        }
        for (String name : List.of("sgd", "momentum", "adam")) {
            ModelParameters parameters = Initializer.initialize(architecture, random);
            ModelParameters gradients = parameters.zerosLike();
            Optimizer optimizer = Optimizer.byName(name, 0.01);
            OptimizerState state = optimizer.newState(parameters);
            BatchWorkspace workspace = new BatchWorkspace(architecture, 32, BackwardRule.AUTO);
            Runnable epoch = () -> {
                for (int from = 0; from < rows; from += 32) {
                    workspace.gather(features, targets, order, from);
                    workspace.lossAndGradient(parameters, gradients);
                    optimizer.step(parameters, gradients, state);
                }
            };
            // Steady state: until the JIT has compiled the step, the interpreter allocates (vector kernels box
            // their vectors), so windows of 300 steps are measured until one allocates (almost) nothing.
            long allocated = Long.MAX_VALUE;
            for (int window = 0; window < 200 && allocated >= 1024; window++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int repeat = 0; repeat < 100; repeat++) {
                    epoch.run();
                }
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
            }
            // one small object per step would already be ≥ 4,800 bytes per window
            assertThat(allocated).as("bytes allocated by 300 %s steps", name).isLessThan(1024);
        }
    }

    private static TaskTargets regressionTargets(int rows, SplittableRandom random) {
        return TaskTargets.allLabelled(Matrix.randomNormal(rows, 1, 0, 1, random));
    }

    private static TaskTargets binaryTargets(int rows, SplittableRandom random) {
        Matrix values = Matrix.zeros(rows, 1);
        boolean[] labelled = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            labelled[i] = i % 5 != 0;
            values.set(i, 0, labelled[i] && random.nextBoolean() ? 1 : 0);
        }
        return new TaskTargets(values, labelled);
    }

    private static TaskTargets classTargets(int rows, SplittableRandom random) {
        Matrix values = Matrix.zeros(rows, 4);
        for (int i = 0; i < rows; i++) {
            values.set(i, random.nextInt(4), 1);
        }
        return TaskTargets.allLabelled(values);
    }
}
