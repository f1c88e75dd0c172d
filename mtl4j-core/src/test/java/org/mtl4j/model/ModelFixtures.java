package org.mtl4j.model;

import java.util.List;
import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.math.Matrix;

/** Small random multi-task problems shared by the model and training tests. */
public final class ModelFixtures {
    private ModelFixtures() {
    }

    /** Trunk 5 → 4 → 3 (tanh, relu), heads: regression(2), binary, multiclass(3). */
    public static Architecture threeHeads(int inputs) {
        return new Architecture(inputs,
                List.of(new org.mtl4j.layer.Dense(inputs, 4, Activation.byName("tanh")),
                        new org.mtl4j.layer.Dense(4, 3, Activation.byName("sigmoid"))),
                List.of(Task.regression("amount", 2).withWeight(0.7), Task.binary("flag").withWeight(1.3),
                        Task.multiclass("kind", 3)));
    }

    /** Random features and targets for {@link #threeHeads}; every third row misses one task's label. */
    public static List<TaskTargets> targets(int rows, SplittableRandom random, boolean withMissing) {
        Matrix regression = Matrix.randomNormal(rows, 2, 0, 1, random);
        Matrix binary = Matrix.zeros(rows, 1);
        Matrix multiclass = Matrix.zeros(rows, 3);
        boolean[][] labelled = new boolean[3][rows];
        for (int i = 0; i < rows; i++) {
            binary.set(i, 0, random.nextBoolean() ? 1 : 0);
            multiclass.set(i, random.nextInt(3), 1);
            for (int t = 0; t < 3; t++) {
                labelled[t][i] = !withMissing || (i % 3 != t);
            }
        }
        for (int t = 0; t < 3; t++) {
            Matrix values = t == 0 ? regression : t == 1 ? binary : multiclass;
            for (int i = 0; i < rows; i++) {
                if (!labelled[t][i]) {
                    for (int j = 0; j < values.columns(); j++) {
                        values.set(i, j, 0);
                    }
                }
            }
        }
        return List.of(new TaskTargets(regression, labelled[0]), new TaskTargets(binary, labelled[1]),
                new TaskTargets(multiclass, labelled[2]));
    }
}
