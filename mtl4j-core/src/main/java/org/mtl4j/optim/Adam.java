package org.mtl4j.optim;

import java.util.List;
import org.mtl4j.model.ModelParameters;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1), with the step count t starting at 1:
 * <pre>
 * m ← β₁·m + (1 − β₁)·g          v ← β₂·v + (1 − β₂)·g²
 * m̂ = m / (1 − β₁ᵗ)              v̂ = v / (1 − β₂ᵗ)
 * θ ← θ − η · m̂ / (√v̂ + ε)
 * </pre>
 *
 * @param learningRate η > 0 (default 0.001)
 * @param beta1        β₁ in [0, 1) (default 0.9)
 * @param beta2        β₂ in [0, 1) (default 0.999)
 * @param epsilon      ε > 0 (default 1e-8)
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
    public Adam {
        Optimizer.requireLearningRate(learningRate);
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, was " + epsilon);
        }
    }

    /** β₁ = 0.9, β₂ = 0.999, ε = 1e-8, as in the paper, Keras and PyTorch. */
    public static Adam withDefaults(double learningRate) {
        return new Adam(learningRate, 0.9, 0.999, 1e-8);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public OptimizerState newState(ModelParameters parameters) {
        return new OptimizerState(List.of(parameters.zerosLike(), parameters.zerosLike()));
    }

    @Override
    public void step(ModelParameters parameters, ModelParameters gradients, OptimizerState state) {
        long t = state.advance();
        double firstCorrection = 1.0 - Math.pow(beta1, t);
        double secondCorrection = 1.0 - Math.pow(beta2, t);
        var theta = parameters.blocks();
        var gradient = gradients.blocks();
        var first = state.moment(0).blocks();
        var second = state.moment(1).blocks();
        for (int b = 0; b < theta.size(); b++) {
            double[] p = theta.get(b).data();
            double[] g = gradient.get(b).data();
            double[] m = first.get(b).data();
            double[] v = second.get(b).data();
            for (int i = 0; i < p.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / firstCorrection;
                double vHat = v[i] / secondCorrection;
                p[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
            }
        }
    }

    @Override
    public Optimizer withLearningRate(double newLearningRate) {
        return new Adam(newLearningRate, beta1, beta2, epsilon);
    }
}
