package org.mtl4j.optim;

import java.util.List;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.ModelParameters;

/**
 * Plain stochastic gradient descent: θ ← θ − η·g (seed section 5.3, {@code W -= lr * dL/dW}).
 *
 * @param learningRate η > 0
 */
public record Sgd(double learningRate) implements Optimizer {
    public Sgd {
        Optimizer.requireLearningRate(learningRate);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public OptimizerState newState(ModelParameters parameters) {
        return new OptimizerState(List.of());
    }

    @Override
    public void step(ModelParameters parameters, ModelParameters gradients, OptimizerState state) {
        state.advance();
        List<Matrix> theta = parameters.blocks();
        List<Matrix> gradient = gradients.blocks();
        for (int b = 0; b < theta.size(); b++) {
            theta.get(b).axpyInPlace(-learningRate, gradient.get(b));
        }
    }

    @Override
    public Optimizer withLearningRate(double newLearningRate) {
        return new Sgd(newLearningRate);
    }
}
