package org.mtl4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.mtl4j.model.Predictions;
import org.mtl4j.seed.SeedExample;

/** {@code mtl4j demo --seed-example}: the seed tutorial's own toy network, step by step. */
final class SeedExampleRun {
    static final int ROWS = 200;
    static final int STEPS = 1000;
    static final double LEARNING_RATE = 0.001;

    private SeedExampleRun() {
    }

    static void run(PrintWriter out, long seed) {
        out.println("the seed tutorial's network (multi_task_learning.py), in Java:");
        out.printf(Locale.ROOT, "  1. data: %d rows × %d inputs from N(0, 1); three targets: a linear value, "
                + "x0 + x1 > 0, and one of 3 classes%n", ROWS, SeedExample.INPUTS);
        SeedExample.Data data = SeedExample.data(ROWS, seed);
        out.printf(Locale.ROOT, "  2. model: Z = X·W + B, W [%d×5] ~ N(0, 0.01²), B = 0; heads %s%n",
                SeedExample.INPUTS, SeedExample.headActivations());
        out.printf(Locale.ROOT, "  3. training: %d full-batch steps, dZ = Ŷ − Y, W −= %.3f·Xᵀ·dZ, B −= %.3f·Σ dZ%n",
                STEPS, LEARNING_RATE, LEARNING_RATE);
        SeedExample.Run run = SeedExample.train(data, SeedExample.initialParameters(seed + 1), STEPS, LEARNING_RATE);
        out.println("  4. loss curve (squared error, binary and categorical cross-entropy, and their sum):");
        out.printf(Locale.ROOT, "     %6s  %10s  %10s  %10s  %10s%n", "step", "total", "value", "positive", "class");
        for (int step = 0; step < STEPS; step += step < 100 ? 20 : 100) {
            double[] losses = run.taskLosses().get(step);
            out.printf(Locale.ROOT, "     %6d  %10.5f  %10.5f  %10.5f  %10.5f%n", step, run.losses().get(step),
                    losses[0], losses[1], losses[2]);
        }
        out.println("  5. predictions for the first five rows (predicted / true):");
        Predictions predictions = run.model().predict(data.features().selectRows(new int[] {0, 1, 2, 3, 4}));
        int[] classes = predictions.labels(2);
        int[] trueClasses = data.multiclass().argmaxPerRow();
        for (int i = 0; i < 5; i++) {
            out.printf(Locale.ROOT, "     row %d: value %7.3f / %7.3f   positive %.2f / %.0f   class %d / %d%n", i,
                    predictions.output(0).get(i, 0), data.regression().get(i, 0), predictions.output(1).get(i, 0),
                    data.binary().get(i, 0), classes[i], trueClasses[i]);
        }
        out.flush();
    }

}
