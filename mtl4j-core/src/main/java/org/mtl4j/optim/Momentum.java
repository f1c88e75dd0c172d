package org.mtl4j.optim;

import java.util.List;
import org.mtl4j.model.ModelParameters;

/**
 * SGD with momentum, in PyTorch's form: v ← μ·v + g, then θ ← θ − η·v (heavy ball) or
 * θ ← θ − η·(g + μ·v) (Nesterov; Sutskever et al. 2013).
 *
 * @param learningRate η > 0
 * @param momentum     μ in [0, 1)
 * @param nesterov     whether to use the Nesterov look-ahead
 */
public record Momentum(double learningRate, double momentum, boolean nesterov) implements Optimizer {
    public Momentum {
        Optimizer.requireLearningRate(learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), was " + momentum);
        }
    }

    @Override
    public String name() {
        return nesterov ? "nesterov" : "momentum";
    }

    @Override
    public OptimizerState newState(ModelParameters parameters) {
        return new OptimizerState(List.of(parameters.zerosLike()));
    }

    @Override
    public void step(ModelParameters parameters, ModelParameters gradients, OptimizerState state) {
        state.advance();
        var theta = parameters.blocks();
        var gradient = gradients.blocks();
        var velocity = state.moment(0).blocks();
        for (int b = 0; b < theta.size(); b++) {
            double[] p = theta.get(b).data();
            double[] g = gradient.get(b).data();
            double[] v = velocity.get(b).data();
            for (int i = 0; i < p.length; i++) {
                v[i] = momentum * v[i] + g[i];
                p[i] -= learningRate * (nesterov ? g[i] + momentum * v[i] : v[i]);
            }
        }
    }

    @Override
    public Optimizer withLearningRate(double newLearningRate) {
        return new Momentum(newLearningRate, momentum, nesterov);
    }
}
