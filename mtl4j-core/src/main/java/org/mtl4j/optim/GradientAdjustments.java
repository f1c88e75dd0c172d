package org.mtl4j.optim;

import java.util.List;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.ModelParameters;

/**
 * What the trainer does to gradients before the optimizer sees them: L2 weight decay and clipping by the
 * global norm.
 */
public final class GradientAdjustments {
    private GradientAdjustments() {
    }

    /**
     * L2 weight decay in PyTorch's {@code weight_decay} form: g ← g + λ·W for every weight matrix (biases
     * are not decayed). Equivalent to adding (λ/2)·ΣW² to the loss.
     *
     * @param parameters not modified
     * @param gradients  modified
     */
    public static void addWeightDecay(ModelParameters parameters, ModelParameters gradients, double lambda) {
        if (lambda == 0) {
            return;
        }
        List<Matrix> theta = parameters.blocks();
        List<Matrix> gradient = gradients.blocks();
        for (int b = 0; b < theta.size(); b++) {
            if (!ModelParameters.isBias(b)) {
                gradient.get(b).axpyInPlace(lambda, theta.get(b));
            }
        }
    }

    /**
     * Clipping by global norm (Pascanu et al. 2013; PyTorch's {@code clip_grad_norm_}): when
     * ‖g‖₂ over every block exceeds {@code maxNorm}, g ← g · maxNorm / ‖g‖₂.
     *
     * @param gradients modified
     * @return the norm before clipping
     */
    public static double clipByGlobalNorm(ModelParameters gradients, double maxNorm) {
        double squared = 0;
        for (Matrix block : gradients.blocks()) {
            for (double value : block.data()) {
                squared += value * value;
            }
        }
        double norm = Math.sqrt(squared);
        if (norm > maxNorm) {
            double factor = maxNorm / norm;
            for (Matrix block : gradients.blocks()) {
                block.scaleInPlace(factor);
            }
        }
        return norm;
    }
}
