package org.mtl4j.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mtl4j.model.TaskKind;

/**
 * One task to learn: a target column, what kind of prediction it is, and its weight in the total loss.
 *
 * <p>Written {@code NAME:KIND[:WEIGHT]}, for example {@code Species:multiclass},
 * {@code Body Mass (g):regression:0.5}. NAME is the header's column name exactly — spaces, parentheses and
 * even colons are fine, because the spec is split at its <em>last</em> colon, or at its last two when the
 * final part is a number and the one before it a kind ({@code ratio a:b:binary} names column
 * {@code ratio a:b}). One pair of double quotes around NAME is removed ({@code "Body Mass (g)":regression}).
 * KIND is {@code regression}, {@code binary} or {@code multiclass}, in any letter case.
 *
 * @param name   the target column's name, exactly as in the header
 * @param kind   regression, binary or multiclass
 * @param weight the task's weight in the summed loss; finite and &gt; 0
 */
public record TaskSpec(String name, TaskKind kind, double weight) {
    public TaskSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a task needs a column name");
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("task \"" + name + "\": weight must be a finite number > 0, was "
                    + weight);
        }
    }

    /** A task of weight 1. */
    public static TaskSpec of(String name, TaskKind kind) {
        return new TaskSpec(name, kind, 1.0);
    }

    /**
     * Parses {@code NAME:KIND[:WEIGHT]} as described above.
     *
     * @throws IllegalArgumentException naming the spec and the expected form when it cannot be read
     */
    public static TaskSpec parse(String spec) {
        String text = spec.strip();
        int last = text.lastIndexOf(':');
        if (last > 0) {
            String tail = text.substring(last + 1).strip();
            Optional<TaskKind> kind = kindOf(tail);
            if (kind.isPresent()) {
                return new TaskSpec(unquote(text.substring(0, last)), kind.get(), 1.0);
            }
            int previous = text.lastIndexOf(':', last - 1);
            if (previous > 0) {
                Optional<TaskKind> kindBeforeWeight = kindOf(text.substring(previous + 1, last).strip());
                double weight = NumberText.parse(tail);
                if (kindBeforeWeight.isPresent()) {
                    if (Double.isNaN(weight)) {
                        throw new IllegalArgumentException("task spec \"" + spec + "\": cannot read weight \""
                                + tail + "\" as a number");
                    }
                    return new TaskSpec(unquote(text.substring(0, previous)), kindBeforeWeight.get(), weight);
                }
            }
        }
        throw new IllegalArgumentException("task spec \"" + spec + "\" is not NAME:KIND[:WEIGHT] with KIND one of "
                + "regression, binary, multiclass (for example \"Species:multiclass\" or \"Body Mass (g):regression:0.5\")");
    }

    /** {@code NAME:KIND} or {@code NAME:KIND:WEIGHT}, readable again by {@link #parse}. */
    @Override
    public String toString() {
        return name + ":" + kind.label() + (weight == 1.0 ? "" : ":" + weight);
    }

    private static Optional<TaskKind> kindOf(String text) {
        for (TaskKind kind : TaskKind.values()) {
            if (kind.label().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String unquote(String name) {
        String stripped = name.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
