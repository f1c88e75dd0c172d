package org.mtl4j.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mtl4j.activation.Activation;
import org.mtl4j.layer.Dense;

/**
 * The shape of a multi-task network: a trunk of 0..n dense hidden layers shared by every task, then one
 * head per task. All heads read the trunk's last output; their weights are stored side by side as column
 * blocks of one matrix, in task order (the seed's "one W, one column block per task").
 *
 * <p>With no hidden layer this is exactly the seed's network: {@code Z = X·W + B}, then each task's
 * activation on its block of Z.
 *
 * @param inputSize number of input features, ≥ 1
 * @param trunk     hidden layers in order; each one's input size is the previous one's output size
 * @param tasks     one or more tasks with distinct names
 */
public record Architecture(int inputSize, List<Dense> trunk, List<Task> tasks) {
    public Architecture {
        if (inputSize < 1) {
            throw new IllegalArgumentException("Architecture: inputSize must be ≥ 1, was " + inputSize);
        }
        trunk = List.copyOf(trunk);
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("Architecture: at least one task is needed");
        }
        int expected = inputSize;
        for (int l = 0; l < trunk.size(); l++) {
            if (trunk.get(l).inputSize() != expected) {
                throw new IllegalArgumentException("Architecture: hidden layer " + l + " takes "
                        + trunk.get(l).inputSize() + " inputs but receives " + expected);
            }
            expected = trunk.get(l).outputSize();
        }
        Set<String> names = new HashSet<>();
        for (Task task : tasks) {
            if (!names.add(Objects.requireNonNull(task, "task").name())) {
                throw new IllegalArgumentException("Architecture: two tasks are named \"" + task.name() + "\"");
            }
        }
    }

    /** A trunk of {@code hiddenSizes} layers, all with {@code hiddenActivation}, and the given tasks. */
    public static Architecture of(int inputSize, List<Integer> hiddenSizes, Activation hiddenActivation,
                                  List<Task> tasks) {
        List<Dense> layers = new ArrayList<>();
        int previous = inputSize;
        for (int size : hiddenSizes) {
            layers.add(new Dense(previous, size, hiddenActivation));
            previous = size;
        }
        return new Architecture(inputSize, layers, tasks);
    }

    /** The width the heads read: the last hidden layer's size, or the input size without a trunk. */
    public int headInputSize() {
        return trunk.isEmpty() ? inputSize : trunk.get(trunk.size() - 1).outputSize();
    }

    /** Σ_t outputs_t: the width of the stacked head output. */
    public int totalOutputs() {
        int total = 0;
        for (Task task : tasks) {
            total += task.outputs();
        }
        return total;
    }

    /** The first column of task {@code taskIndex}'s block in the stacked head output. */
    public int headOffset(int taskIndex) {
        int offset = 0;
        for (int t = 0; t < taskIndex; t++) {
            offset += tasks.get(t).outputs();
        }
        return offset;
    }

    /** The index of the task named {@code name}, or −1. */
    public int taskIndex(String name) {
        for (int t = 0; t < tasks.size(); t++) {
            if (tasks.get(t).name().equals(name)) {
                return t;
            }
        }
        return -1;
    }
}
