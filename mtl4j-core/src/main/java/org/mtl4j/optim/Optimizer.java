package org.mtl4j.optim;

import java.util.Locale;
import org.mtl4j.model.ModelParameters;

/**
 * A gradient-descent update rule: configuration only (an immutable record); the moving state lives in an
 * {@link OptimizerState} made by {@link #newState}.
 *
 * <p>In order of increasing complexity: {@link Sgd} (θ ← θ − η·g, seed section 5.3), {@link Momentum}
 * (heavy ball or Nesterov), {@link Adam}.
 *
 * <p>Call order: {@code state = optimizer.newState(parameters)} once, then {@code step(parameters,
 * gradients, state)} once per batch.
 */
public sealed interface Optimizer permits Sgd, Momentum, Adam {

    /** η, the step size. */
    double learningRate();

    /** The lower-case name for the CLI and the model file: {@code sgd}, {@code momentum}, {@code adam}. */
    String name();

    /** Fresh state (zero moments, step count 0) shaped like {@code parameters} (not modified). */
    OptimizerState newState(ModelParameters parameters);

    /**
     * One update.
     *
     * @param parameters θ; modified
     * @param gradients  dL/dθ; not modified
     * @param state      moments and step count; modified
     */
    void step(ModelParameters parameters, ModelParameters gradients, OptimizerState state);

    /** The same optimizer with a different learning rate. */
    Optimizer withLearningRate(double learningRate);

    /** The optimizer named {@code name} with its usual defaults and the given learning rate. */
    static Optimizer byName(String name, double learningRate) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sgd" -> new Sgd(learningRate);
            case "momentum" -> new Momentum(learningRate, 0.9, false);
            case "nesterov" -> new Momentum(learningRate, 0.9, true);
            case "adam" -> Adam.withDefaults(learningRate);
            default -> throw new IllegalArgumentException("unknown optimizer \"" + name
                    + "\"; use sgd, momentum, nesterov or adam");
        };
    }

    /** Shared validation of a learning rate. */
    static void requireLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
    }
}
