package org.mtl4j.model;

import java.util.Objects;
import org.mtl4j.activation.Activation;
import org.mtl4j.loss.Loss;

/**
 * One task of a multi-task model: its head's output width, activation, loss and weight in the total loss
 * {@code L = Σ_t weight_t · L_t} (seed section 3.2).
 *
 * <p>Defaults by kind ({@link #regression}, {@link #binary}, {@link #multiclass}): identity + squared error,
 * sigmoid + binary cross-entropy, softmax + categorical cross-entropy, weight 1.
 *
 * @param name       the task's name (a CSV column name), non-blank
 * @param kind       regression, binary or multiclass
 * @param outputs    head width: k ≥ 1 for regression, 1 for binary, K ≥ 2 for multiclass
 * @param activation the head's output activation
 * @param loss       the head's loss
 * @param weight     the task's weight in the total loss, finite and ≥ 0
 * @param scaling    standardised → original units for regression outputs; identity otherwise
 */
public record Task(String name, TaskKind kind, int outputs, Activation activation, Loss loss, double weight,
                   OutputScaling scaling) {
    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(scaling, "scaling");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Task: the name must not be blank");
        }
        switch (kind) {
            case REGRESSION -> require(outputs >= 1, name, "a regression task needs ≥ 1 output, got " + outputs);
            case BINARY -> require(outputs == 1, name, "a binary task has exactly 1 output, got " + outputs);
            case MULTICLASS -> require(outputs >= 2, name, "a multiclass task needs ≥ 2 classes, got " + outputs);
        }
        require(Double.isFinite(weight) && weight >= 0, name, "the weight must be finite and ≥ 0, was " + weight);
        require(scaling.outputs() == outputs, name, "scaling has " + scaling.outputs() + " outputs, the task "
                + outputs);
    }

    private static void require(boolean condition, String name, String message) {
        if (!condition) {
            throw new IllegalArgumentException("task \"" + name + "\": " + message);
        }
    }

    /** A regression task with k outputs: identity + squared error, weight 1, identity scaling. */
    public static Task regression(String name, int outputs) {
        return new Task(name, TaskKind.REGRESSION, outputs, Activation.byName("identity"),
                Loss.byName("squared_error"), 1.0, OutputScaling.identity(outputs));
    }

    /** A binary task: sigmoid + binary cross-entropy, weight 1. */
    public static Task binary(String name) {
        return new Task(name, TaskKind.BINARY, 1, Activation.byName("sigmoid"),
                Loss.byName("binary_cross_entropy"), 1.0, OutputScaling.identity(1));
    }

    /** A multiclass task with K classes: softmax + categorical cross-entropy, weight 1. */
    public static Task multiclass(String name, int classes) {
        return new Task(name, TaskKind.MULTICLASS, classes, Activation.byName("softmax"),
                Loss.byName("categorical_cross_entropy"), 1.0, OutputScaling.identity(classes));
    }

    /** The default task of a kind: see {@link #regression}, {@link #binary}, {@link #multiclass}. */
    public static Task ofKind(String name, TaskKind kind, int outputs) {
        return switch (kind) {
            case REGRESSION -> regression(name, outputs);
            case BINARY -> binary(name);
            case MULTICLASS -> multiclass(name, outputs);
        };
    }

    public Task withWeight(double newWeight) {
        return new Task(name, kind, outputs, activation, loss, newWeight, scaling);
    }

    public Task withActivation(Activation newActivation) {
        return new Task(name, kind, outputs, newActivation, loss, weight, scaling);
    }

    public Task withLoss(Loss newLoss) {
        return new Task(name, kind, outputs, activation, newLoss, weight, scaling);
    }

    public Task withScaling(OutputScaling newScaling) {
        return new Task(name, kind, outputs, activation, loss, weight, newScaling);
    }
}
