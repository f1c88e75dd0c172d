package org.mtl4j.loss;

import org.mtl4j.math.Matrix;

/**
 * Squared error averaged over the labelled rows and the k outputs:
 * L = (1/N_t) Σ_i (1/k) Σ_j (ŷ_ij − y_ij)², dL/dŷ = 2(ŷ − y)/(N_t·k).
 *
 * <p>The seed's SE(y, ŷ) = (y − ŷ)² (section 4.1), made a mean so that its size does not grow with the batch
 * or the number of outputs. There is no ½ in front: the factor 2 stays in the gradient, and the fused
 * backward rule for identity + squared error is dL/dZ = (Ŷ − Y)·2/(N_t·k). One sample with ŷ = 3, y = 1
 * gives L = 4 and gradient 4. For a regression task.
 */
public record SquaredError() implements Loss {

    @Override
    public String name() {
        return "squared_error";
    }

    @Override
    public double evaluate(Matrix prediction, Matrix target, boolean[] labelled, Matrix gradient) {
        int labelledRows = LossChecks.requireArguments(name(), prediction, target, labelled, gradient);
        if (gradient != null) {
            gradient.fillInPlace(0.0);
        }
        int columns = prediction.columns();
        if (labelledRows == 0 || columns == 0) {
            return 0.0;
        }
        double scale = 1.0 / ((double) labelledRows * columns);
        double[] p = prediction.data();
        double[] y = target.data();
        double[] g = gradient == null ? null : gradient.data();
        double total = 0;
        for (int row = 0; row < prediction.rows(); row++) {
            if (!LossChecks.isLabelled(labelled, row)) {
                continue;
            }
            for (int index = row * columns; index < (row + 1) * columns; index++) {
                double difference = p[index] - y[index];
                total += difference * difference;
                if (g != null) {
                    g[index] = 2.0 * difference * scale;
                }
            }
        }
        return total * scale;
    }
}
